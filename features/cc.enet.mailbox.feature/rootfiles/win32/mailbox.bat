@echo off
rem mailbox: the command line of Mailbox Console (import, export, validate, fix).
rem No native launcher is published on Maven Central, so java runs the Equinox launcher jar.
rem The install folder may be read-only: the OSGi configuration goes to a per-user folder
rem (one per build, so an update never meets an old bundle cache), and no workspace is opened.
setlocal
set "HERE=%~dp0"
set "LAUNCHER="
set "VERSION="
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
for %%f in ("%HERE%plugins\cc.enet.mailbox.cli_*.jar") do set "VERSION=%%~nf"
if not defined LAUNCHER goto incomplete
if not defined VERSION goto incomplete
set "VERSION=%VERSION:cc.enet.mailbox.cli_=%"
if not defined MAILBOX_CONSOLE_HOME set "MAILBOX_CONSOLE_HOME=%LOCALAPPDATA%\MailboxConsole"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
rem A short-lived command: C1 only and the serial collector start fastest.
"%JAVA%" -Xmx1g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto --enable-native-access=ALL-UNNAMED -jar "%LAUNCHER%" -nosplash -application cc.enet.mailbox.cli.app -data @none -configuration "%MAILBOX_CONSOLE_HOME%\configuration\%VERSION%\cli" %*
exit /b %ERRORLEVEL%
:incomplete
echo mailbox: %HERE%plugins is incomplete (no launcher or cc.enet.mailbox.cli jar) 1>&2
exit /b 70
