#!/bin/sh
# Launcher of the liveblog command inside the image (installed as /usr/local/bin/liveblog).
# JVM flags come from JAVA_OPTS (split on blanks, like the usual Java launchers do) or JAVA_TOOL_OPTIONS
# (read by the JVM itself). exec: the JVM becomes PID 1 and receives the SIGTERM of `docker stop`, so the
# Streams app's shutdown hook can close its state stores cleanly.
# shellcheck disable=SC2086 # JAVA_OPTS holds several flags and must be split.
exec java $JAVA_OPTS -cp '/opt/liveblog/liveblog-cli.jar:/opt/liveblog/lib/*' io.liveblog.cli.Main "$@"
