using System.Text;
using Extraction.Workspace.Exports;
using Extraction.Workspace.Review;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Reply = Microsoft.AspNetCore.Http.Results;

namespace Extraction.Workspace.Web;

/// <summary>The workspace's routes. Every /api route but session and sign-in needs a session; every POST also
/// needs the session's anti-forgery header and a same-origin Origin (when the browser sends one).</summary>
internal static class Endpoints
{
    private const string Sha = "{sha}";
    private const string SessionKey = "session";

    private const string Policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static void Map(WebApplication app, EndpointContext context)
    {
        app.UseRouting();
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.CacheControl = "no-store";
            var path = http.Request.Path.Value ?? string.Empty;
            if (HttpMethods.IsPost(http.Request.Method) && !SameOrigin(http))
            {
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            if (path.StartsWith("/api/", StringComparison.Ordinal) && path is not "/api/session" and not "/api/signin")
            {
                if (context.Sessions.Find(http) is not { } session)
                {
                    http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                    return;
                }

                if (!HttpMethods.IsGet(http.Request.Method) && !Sessions.CsrfValid(http, session))
                {
                    http.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return;
                }

                http.Items[SessionKey] = session;
            }

            await next(http).ConfigureAwait(false);
        });

        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));

        app.MapGet("/api/session", (HttpContext http) =>
        {
            var session = context.Sessions.Find(http);
            return Reply.Json(new SessionView(session is not null, session?.Reviewer, session?.Csrf, context.Sessions.TokenRequired, context.Text.Language, context.Text.All));
        });

        app.MapPost("/api/signin", async (HttpContext http) =>
        {
            // A custom header cannot be sent cross-site without a CORS preflight, which this server never grants.
            if (http.Request.Headers["X-Extraction"] != "1")
            {
                return Reply.StatusCode(StatusCodes.Status403Forbidden);
            }

            var request = await http.Request.ReadFromJsonAsync<SignInRequest>().ConfigureAwait(false);
            if (context.Sessions.SignIn(request?.Name, request?.Token) is not { } session)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(400)).ConfigureAwait(false); // slows guessing the token

                return Reply.Json(new { error = context.Text["login.failed"] }, statusCode: StatusCodes.Status401Unauthorized);
            }

            Sessions.SetCookie(http, session);
            return Reply.Json(new { reviewer = session.Reviewer, csrf = session.Csrf });
        });

        app.MapPost("/api/signout", (HttpContext http) =>
        {
            context.Sessions.SignOut(SessionOf(http));
            http.Response.Cookies.Delete(Sessions.CookieName);
            return Reply.NoContent();
        });

        app.MapPost("/api/upload", async (HttpContext http, CancellationToken cancellationToken) =>
        {
            if (!http.Request.HasFormContentType)
            {
                return Reply.BadRequest(new { error = "expected multipart/form-data" });
            }

            var result = await context.Uploads.ReceiveAsync(http.Request, SessionOf(http).Reviewer, cancellationToken).ConfigureAwait(false);
            if (result.Accepted.Count > 0)
            {
                context.Queue.Wake();
            }

            return Reply.Json(result);
        }).DisableAntiforgery();

        // Document routes take a SHA-256 (64 lower-case hex digits) and nothing else.
        app.Use(async (http, next) =>
        {
            if (http.Request.RouteValues.TryGetValue("sha", out var sha) && !IsSha(sha as string))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(http).ConfigureAwait(false);
        });

        app.MapGet("/api/documents", (HttpContext http) => Reply.Json(context.Review.List(Filter(http))));

        app.MapGet("/api/documents/" + Sha, (string sha, HttpContext http) =>
            context.Review.View(sha, Filter(http)) is { } view ? Reply.Json(view) : Reply.NotFound());

        app.MapPost("/api/documents/" + Sha + "/decisions", async (string sha, HttpContext http) =>
        {
            var request = await http.Request.ReadFromJsonAsync<DecisionRequest>().ConfigureAwait(false);
            return request is not null && context.Review.Decide(sha, request, SessionOf(http).Reviewer) is { } decision
                ? Reply.Json(new DecisionView(decision.Verdict, context.Text.Label("verdict", decision.Verdict), decision.Note, decision.Reviewer, decision.DecidedUtc))
                : Reply.BadRequest(new { error = "expected a finding of this document and a verdict (confirmed, rejected or pending)" });
        });

        app.MapGet("/api/documents/" + Sha + "/crop/{finding:int}/{evidence:int}.svg", (string sha, int finding, int evidence) =>
        {
            var report = Report(context, sha);
            if (report is null || finding < 0 || finding >= report.Findings.Count || evidence < 0 || evidence >= report.Findings[finding].Evidence.Count)
            {
                return Reply.NotFound();
            }

            return context.Images.Crop(report, report.Findings[finding].Evidence[evidence]) is { } svg ? Svg(svg) : Reply.NotFound();
        });

        app.MapGet("/api/documents/" + Sha + "/page/{page:int}.svg", (string sha, int page) =>
            Report(context, sha) is { } report && page >= 1 && page <= report.Source.Pages && context.Images.Page(report, page) is { } svg ? Svg(svg) : Reply.NotFound());

        app.MapGet("/api/documents/" + Sha + "/opinion.docx", (string sha) =>
        {
            if (context.Store.Document(sha) is not { } stored || context.Reports.Of(stored) is not { } report)
            {
                return Reply.NotFound();
            }

            var bytes = ReviewOpinion.Write(stored, report, context.Store.Decisions(sha), context.Text, context.Images, DateTime.UtcNow);
            return Reply.File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"{context.Text["opinion.title"]}-{sha[..12]}.docx");
        });

        app.MapGet("/api/export/decisions.xlsx", () =>
        {
            var bytes = DecisionWorkbook.Write(context.Store.Documents(), context.Reports, context.Store.Decisions(), context.Text, context.Options.OutputDirectory);
            return Reply.File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{context.Text["sheet.decisions"]}.xlsx");
        });
    }

    private static bool IsSha(string? value) => value is { Length: 64 } && value.All(char.IsAsciiHexDigitLower);

    private static Session SessionOf(HttpContext http) => (Session)http.Items[SessionKey]!;

    private static FindingFilter Filter(HttpContext http) => FindingFilter.From(name => http.Request.Query[name].FirstOrDefault());

    private static Output.Reports.Report? Report(EndpointContext context, string sha) =>
        context.Store.Document(sha) is { } stored ? context.Reports.Of(stored) : null;

    private static IResult Svg(string svg) => Reply.Text(svg, "image/svg+xml", Encoding.UTF8);

    private static IResult Asset(string name, string contentType) =>
        Assets.Bytes(name) is { } bytes ? Reply.Bytes(bytes, contentType) : Reply.NotFound();

    /// <summary>A POST whose Origin (when sent) is not this server is refused: cross-site forms and scripts.</summary>
    private static bool SameOrigin(HttpContext http)
    {
        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
