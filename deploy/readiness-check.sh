#!/usr/bin/env bash
# Exit 0 when the portal's readiness probe answers 200 (used by the Dockerfile's HEALTHCHECK).
# Plain bash, so the image needs no curl or wget.
set -euo pipefail
port="${MANAGEMENT_PORT:-8081}"
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t 5 _ status _ <&3
[[ "$status" == "200" ]]
