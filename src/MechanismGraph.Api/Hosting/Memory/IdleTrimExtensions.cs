namespace MechanismGraph.Api.Hosting.Memory;

internal static class IdleTrimExtensions
{
    public static WebApplicationBuilder AddIdleMemoryTrim(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IdleTrimOptions>().BindConfiguration(IdleTrimOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<IdleActivity>();
        builder.Services.AddHostedService<IdleMemoryTrim>();
        return builder;
    }

    /// <summary>Notes every request's arrival (cheap: two volatile writes), so the trim knows when the service went quiet.</summary>
    public static WebApplication UseIdleMemoryTrim(this WebApplication app)
    {
        var activity = app.Services.GetRequiredService<IdleActivity>();
        app.Use((context, next) =>
        {
            activity.RequestArrived();
            return next(context);
        });
        return app;
    }
}
