# Build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime (the CLI hosts the web view).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# The web view embeds cytoscape from npm at build time, so the build stage needs Node.js.
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
COPY Directory.Build.props Directory.Packages.props .editorconfig GraphBuilder.sln ./
COPY src/GraphBuilder.Web/Assets/package.json src/GraphBuilder.Web/Assets/package-lock.json src/GraphBuilder.Web/Assets/
RUN cd src/GraphBuilder.Web/Assets && npm ci --no-audit --no-fund
COPY src/ src/
# The `generate` command's corpus generator lives with the benchmarks.
COPY bench/GraphBuilder.Generation/ bench/GraphBuilder.Generation/
# ReadyToRun: the image's code is compiled ahead of time for its platform, so a command starts without
# JIT-compiling it first (the shipped seeds' validate: 0.70x the wall time; bench/README.md, "start-up").
ARG TARGETARCH
RUN rid=linux-$([ "$TARGETARCH" = "arm64" ] && echo arm64 || echo x64) \
 && dotnet publish src/GraphBuilder/GraphBuilder.csproj -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY schema/ schema/
USER app
EXPOSE 5080
ENTRYPOINT ["dotnet", "graphbuilder.dll"]
CMD ["watch"]
