using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extraction.Workspace.Web;

/// <summary>Sign-in with the one configured access token (or, on loopback without a token, a name alone) and
/// the sessions that follow. Sessions live in memory: a restarted server asks reviewers to sign in again.</summary>
internal sealed class Sessions(string? token)
{
    public const string CookieName = "extraction_session";
    public const string CsrfHeader = "X-CSRF-Token";
    private const int MaxName = 60;

    private readonly ConcurrentDictionary<string, Session> _sessions = new(StringComparer.Ordinal);

    public bool TokenRequired => token is not null;

    /// <summary>A new session when the token matches (compared in constant time) and the name is usable.</summary>
    public Session? SignIn(string? name, string? offeredToken)
    {
        var reviewer = new string((name ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        if (reviewer.Length is 0 or > MaxName)
        {
            return null;
        }

        if (token is not null && !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offeredToken ?? string.Empty), Encoding.UTF8.GetBytes(token)))
        {
            return null;
        }

        var session = new Session(Random(), reviewer, Random());
        _sessions[session.Id] = session;
        return session;
    }

    public void SignOut(Session session) => _sessions.TryRemove(session.Id, out _);

    public Session? Find(HttpContext context) =>
        context.Request.Cookies.TryGetValue(CookieName, out var id) && id is not null && _sessions.TryGetValue(id, out var session) ? session : null;

    public static void SetCookie(HttpContext context, Session session) =>
        context.Response.Cookies.Append(CookieName, session.Id, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
            IsEssential = true,
        });

    /// <summary>True when a state-changing request carries its session's anti-forgery token.</summary>
    public static bool CsrfValid(HttpContext context, Session session) =>
        context.Request.Headers.TryGetValue(CsrfHeader, out var offered)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(offered.ToString()), Encoding.UTF8.GetBytes(session.Csrf));

    private static string Random() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
