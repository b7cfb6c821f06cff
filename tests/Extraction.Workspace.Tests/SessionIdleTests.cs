using Extraction.Workspace.Web;
using Microsoft.AspNetCore.Http;

namespace Extraction.Workspace.Tests;

/// <summary>A session ends after the idle limit without use; each use restarts the limit.</summary>
public sealed class SessionIdleTests
{
    [Fact]
    public void A_session_used_within_the_limit_lives_on_and_an_idle_one_ends()
    {
        var clock = new ManualClock();
        var sessions = new Sessions(null, TimeSpan.FromMinutes(30), clock);
        var session = Assert.IsType<Session>(sessions.SignIn("张三", null));

        clock.Advance(TimeSpan.FromMinutes(29));
        Assert.Same(session, sessions.Find(Request(session.Id)));
        clock.Advance(TimeSpan.FromMinutes(29)); // 58 min after sign-in, 29 after the last use
        Assert.Same(session, sessions.Find(Request(session.Id)));

        clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Null(sessions.Find(Request(session.Id)));
        clock.Advance(TimeSpan.FromMinutes(-31)); // gone for good, even if the clock were to read earlier
        Assert.Null(sessions.Find(Request(session.Id)));
    }

    [Fact]
    public void Signing_in_drops_other_idle_sessions()
    {
        var clock = new ManualClock();
        var sessions = new Sessions(null, TimeSpan.FromMinutes(10), clock);
        var old = sessions.SignIn("李四", null)!;
        clock.Advance(TimeSpan.FromMinutes(11));
        var fresh = sessions.SignIn("王五", null)!;
        clock.Advance(TimeSpan.FromMinutes(-11));
        Assert.Null(sessions.Find(Request(old.Id)));
        Assert.Same(fresh, sessions.Find(Request(fresh.Id)));
    }

    private static DefaultHttpContext Request(string id)
    {
        var http = new DefaultHttpContext();
        http.Request.Headers.Cookie = $"{Sessions.CookieName}={id}";
        return http;
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

        public void Advance(TimeSpan by) => _now += by;

        public override DateTimeOffset GetUtcNow() => _now;
    }
}
