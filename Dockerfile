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
RUN dotnet publish src/GraphBuilder/GraphBuilder.csproj -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY schema/ schema/
USER app
EXPOSE 5080
ENTRYPOINT ["dotnet", "graphbuilder.dll"]
CMD ["watch"]
