using GraphBuilder.Cli;

return await GraphBuilderCommandLine.Create().Parse(args).InvokeAsync();
