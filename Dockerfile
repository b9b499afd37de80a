# The portal as a container image, from the production jar (build it first):
#   ./mvnw -B -Pproduction -DskipTests package
#   docker build -t upright .
# deploy/compose.yaml runs it with PostgreSQL 17; README "Operations" lists the settings.

FROM eclipse-temurin:25-jre AS extract
WORKDIR /build
COPY portal-ui/target/upright-portal.jar upright-portal.jar
# Spring Boot's layers: dependencies change less often than the application, so they cache apart
RUN java -Djarmode=tools -jar upright-portal.jar extract --layers --destination extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system --gid 10001 upright \
 && useradd --system --uid 10001 --gid upright --home-dir /app --shell /usr/sbin/nologin upright
WORKDIR /app
COPY --from=extract /build/extracted/dependencies/ ./
COPY --from=extract /build/extracted/spring-boot-loader/ ./
COPY --from=extract /build/extracted/snapshot-dependencies/ ./
COPY --from=extract /build/extracted/application/ ./
COPY deploy/readiness-check.sh /usr/local/bin/readiness-check
RUN chmod 0755 /usr/local/bin/readiness-check && mkdir -p /app/data && chown upright:upright /app/data
USER 10001:10001

ENV PORT=8080 \
    MANAGEMENT_PORT=8081 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# 8080: the portal; 8081: probes and metrics (publish it only to the monitoring network)
EXPOSE 8080 8081
# healthy = ready: migrated, starter content imported, database reachable
HEALTHCHECK --interval=15s --timeout=5s --start-period=180s --retries=3 CMD ["readiness-check"]
# graceful shutdown (server.shutdown=graceful) runs on SIGTERM; give it 30 s: docker stop -t 40
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-jar", "upright-portal.jar"]
