# syntax=docker/dockerfile:1
# PolicyGraph web app and CLI in one image (the compose file runs the CLI as a one-shot loader).

# 1. Browser assets: npm ci from the lockfile, esbuild bundle into src/PolicyGraph.Web/wwwroot/dist.
FROM node:20-bookworm-slim AS web-assets
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/build.mjs ./
COPY web/src/ ./src/
RUN npm run build

# 2. .NET build: publish the web app and the CLI. The web project's npm targets see node_modules and the
#    bundle already up to date (copied with their timestamps), and SkipFrontEnd=true asks them to stand down.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ ./src/
COPY cypher/ ./cypher/
# The ingest assembly embeds the gazetteer (seeds/reference); without it the build would silently embed nothing.
COPY seeds/reference/ ./seeds/reference/
COPY --from=web-assets /src/web/ ./web/
COPY --from=web-assets /src/src/PolicyGraph.Web/wwwroot/dist/ ./src/PolicyGraph.Web/wwwroot/dist/
# For a runtime, so the web app is published ReadyToRun (precompiled: a start without most of the JIT). The code is
# linux-x64: an image built for arm64 still runs the app (the IL is kept beside it), but JIT-compiled, without the
# ReadyToRun start-up benefit, and with quick JIT on (the project's setting for a ReadyToRun publish).
RUN dotnet publish src/PolicyGraph.Web/PolicyGraph.Web.csproj -c Release -r linux-x64 --self-contained false -o /out/web -p:SkipFrontEnd=true
RUN dotnet publish src/PolicyGraph.Cli/PolicyGraph.Cli.csproj -c Release -o /out/cli

# 3. Runtime: ASP.NET Core only, no SDK, non-root.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out/web ./web/
COPY --from=build /out/cli ./cli/
COPY seeds/ ./seeds/
COPY cypher/ ./cypher/
ENV ASPNETCORE_URLS=http://+:8080 \
    PolicyGraph__Web__SeedDirectory=/app/seeds/documents \
    PolicyGraph__Web__QueryDirectory=/app/cypher/queries
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "/app/web/PolicyGraph.Web.dll"]
