@echo off
rem mailbox-console: the Mailbox Console window. Extra arguments pass through (-nl ja, -console PORT,
rem -mailboxWorkspace FOLDER).
rem No native launcher is published on Maven Central, so javaw runs the Equinox launcher jar.
rem The install folder may be read-only: the OSGi configuration and the workbench state go to a
rem per-user folder (the configuration one per build, so an update never meets an old bundle cache).
setlocal
set "HERE=%~dp0"
set "LAUNCHER="
set "VERSION="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
for %%f in ("%HERE%plugins\cc.enet.mailbox.ui_*.jar") do set "VERSION=%%~nf"
if not defined LAUNCHER goto incomplete
if not defined VERSION goto incomplete
set "VERSION=%VERSION:cc.enet.mailbox.ui_=%"
if not defined MAILBOX_CONSOLE_HOME set "MAILBOX_CONSOLE_HOME=%LOCALAPPDATA%\MailboxConsole"
set "JAVAW=javaw"
if defined JAVA_HOME set "JAVAW=%JAVA_HOME%\bin\javaw.exe"
start "Mailbox Console" "%JAVAW%" -Xmx1g --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" -nosplash -application cc.enet.mailbox.ui.application -data "%MAILBOX_CONSOLE_HOME%\workbench" -configuration "%MAILBOX_CONSOLE_HOME%\configuration\%VERSION%\console" %*
exit /b 0
:incomplete
echo mailbox-console: %HERE%plugins is incomplete (no launcher or cc.enet.mailbox.ui jar) 1>&2
exit /b 70
