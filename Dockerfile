# syntax=docker/dockerfile:1
# The GraphApi server: built with the .NET SDK (and npm, for the Banana Cake Pop package embedded into
# GraphQL.AspNetCore), run on the ASP.NET Core runtime image as a non-root user.
#   docker build -t graphapi-server .
#   docker run -p 5080:5080 -e ConnectionStrings__Postgres='Host=...' graphapi-server
# Commands run the same way: docker run graphapi-server migrate, docker run graphapi-server schema export.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update \
    && apt-get install -y --no-install-recommends nodejs npm \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src

# The IDE's npm package first: this layer is reused until package-lock.json changes.
COPY src/GraphQL.AspNetCore/package.json src/GraphQL.AspNetCore/package-lock.json src/GraphQL.AspNetCore/
RUN cd src/GraphQL.AspNetCore && npm ci --no-audit --no-fund

COPY Directory.Build.props ./
COPY src/ src/
# NuGet packages are kept in a build cache between builds, so a source change does not download them again.
RUN --mount=type=cache,id=graphapi-nuget,target=/root/.nuget/packages \
    dotnet publish src/Server/Server.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The image's default port setting is cleared so that ASPNETCORE_URLS alone decides.
ENV ASPNETCORE_URLS=http://+:5080 \
    ASPNETCORE_HTTP_PORTS=
EXPOSE 5080
USER $APP_UID
ENTRYPOINT ["dotnet", "GraphApi.Server.dll"]
