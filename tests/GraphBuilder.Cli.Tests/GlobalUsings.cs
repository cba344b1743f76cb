global using GraphBuilder.Testing.Cli;
global using Xunit;
