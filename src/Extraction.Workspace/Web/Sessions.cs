using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Extraction.Workspace.Web;

/// <summary>Sign-in with the one configured access token (or, on loopback without a token, a name alone) and
/// the sessions that follow. Sessions live in memory: a restarted server asks reviewers to sign in again. A session
/// unused for longer than the idle limit ends (the page then asks the reviewer to sign in again).</summary>
internal sealed class Sessions(string? token, TimeSpan idle, TimeProvider clock)
{
    public Sessions(string? token)
        : this(token, WorkspaceOptions.DefaultSessionIdle, TimeProvider.System)
    {
    }

    public const string CookieName = "extraction_session";
    public const string CsrfHeader = "X-CSRF-Token";
    private const int MaxName = 60;

    private readonly ConcurrentDictionary<string, Entry> _sessions = new(StringComparer.Ordinal);

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

        Sweep();
        var session = new Session(Random(), reviewer, Random());
        _sessions[session.Id] = new Entry(session, clock.GetUtcNow());
        return session;
    }

    public void SignOut(Session session) => _sessions.TryRemove(session.Id, out _);

    /// <summary>The request's session, its idle time restarted; null when there is none or it has been idle too long.</summary>
    public Session? Find(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var id) || id is null || !_sessions.TryGetValue(id, out var entry))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - entry.LastSeen > idle)
        {
            _sessions.TryRemove(id, out _);
            return null;
        }

        entry.LastSeen = now;
        return entry.Session;
    }

    // Drops idle sessions so that abandoned ones do not pile up in memory.
    private void Sweep()
    {
        var now = clock.GetUtcNow();
        foreach (var (id, entry) in _sessions)
        {
            if (now - entry.LastSeen > idle)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }

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

    private sealed class Entry(Session session, DateTimeOffset lastSeen)
    {
        public Session Session { get; } = session;

        // Written by concurrent requests of one reviewer; any of their times will do.
        public DateTimeOffset LastSeen { get; set; } = lastSeen;
    }
}
