@echo off
rem mailbox-console: the Mailbox Console window. Extra arguments pass through (-nl ja, -console PORT (on
rem 127.0.0.1 only), -mailboxWorkspace FOLDER).
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
rem The OSGi shell (-console PORT) runs any command with the user's rights: it listens on 127.0.0.1 only.
set "ARGS="
:args
if "%~1"=="" goto launch
if /i "%~1"=="-console" (
  set "ARGS=%ARGS% -console 127.0.0.1:%~2"
  shift
  shift
  goto args
)
set ARGS=%ARGS% %1
shift
goto args
:launch
start "Mailbox Console" "%JAVAW%" -Xmx1g --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" -nosplash -application cc.enet.mailbox.ui.application -data "%MAILBOX_CONSOLE_HOME%\workbench" -configuration "%MAILBOX_CONSOLE_HOME%\configuration\%VERSION%\console" %ARGS%
exit /b 0
:incomplete
echo mailbox-console: %HERE%plugins is incomplete (no launcher or cc.enet.mailbox.ui jar) 1>&2
exit /b 70
