using Microsoft.Extensions.Configuration;

namespace MechanismGraph.Composition;

/// <summary>Binds a configuration section; a value of the wrong type is a <see cref="CompositionException"/> naming the section.</summary>
public static class Settings
{
    public static T Bind<T>(IConfiguration configuration, string section) where T : new()
    {
        try
        {
            return configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new CompositionException($"The {section} settings are invalid: {e.Message}");
        }
    }
}
