#:sdk Microsoft.NET.Sdk.Web
// The ceiling for the HTTP load test: plain Kestrel answering POST /graphql with fixed bytes (the API's own
// response to the same query, captured by run.sh), so the API is compared with nothing but HTTP overhead.
// Usage: dotnet run RawKestrel.cs -- <response.json> <url>

var body = await File.ReadAllBytesAsync(args[0]);
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.WebHost.UseUrls(args[1]);
var app = builder.Build();
app.MapPost("/graphql", async context =>
{
    // Read the request like the API does, so both sides pay for receiving it.
    await context.Request.Body.CopyToAsync(Stream.Null);
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = body.Length;
    await context.Response.Body.WriteAsync(body);
});
app.Run();
