# Build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime (the CLI hosts the web view).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props .editorconfig GraphBuilder.sln ./
COPY src/ src/
RUN dotnet publish src/GraphBuilder/GraphBuilder.csproj -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /out ./
COPY schema/ schema/
USER app
ENTRYPOINT ["dotnet", "graphbuilder.dll"]
CMD ["watch"]
