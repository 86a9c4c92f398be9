namespace MechanismGraph.Api.Hosting;

/// <summary>Binds a configuration section; a value of the wrong type stops start-up with a message naming it.</summary>
internal static class Settings
{
    public static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new StartupException($"The {section} settings are invalid: {e.Message}");
        }
    }
}
