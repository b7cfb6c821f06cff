using Extraction.Messages;

namespace Extraction.Tests;

/// <summary>Renders catalog messages in tests (English for assertions written against the English text).</summary>
internal static class MsgText
{
    public static string En(this Msg? message) => message?.Render(Language.En) ?? string.Empty;

    public static string Zh(this Msg? message) => message?.Render(Language.Zh) ?? string.Empty;
}
