using System.Net;
using Extraction.Output.Html;
using Extraction.Workspace.Processing;
using Extraction.Workspace.Review;
using Extraction.Workspace.Store;
using Extraction.Workspace.Text;
using Extraction.Workspace.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Extraction.Workspace;

/// <summary>`extract serve`: the review workspace. Kestrel on loopback by default; uploads are processed by the
/// <see cref="IDocumentProcessor"/> the CLI composes; results, uploads and decisions live in the output folder
/// (extraction.db) or PostgreSQL.</summary>
public sealed class WorkspaceServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly IWorkspaceStore _store;
    private readonly ProcessingQueue _queue;

    private WorkspaceServer(WebApplication app, IWorkspaceStore store, ProcessingQueue queue, Uri address)
    {
        _app = app;
        _store = store;
        _queue = queue;
        Address = address;
    }

    /// <summary>Where the workspace listens (with the port actually bound).</summary>
    public Uri Address { get; }

    /// <summary>Refuses to listen beyond loopback without an access token.</summary>
    public static string? Validate(WorkspaceOptions options)
    {
        if (!IPAddress.TryParse(options.Host, out var address) && options.Host != "localhost")
        {
            return $"--host: expected an IP address or localhost, found \"{options.Host}\"";
        }

        var loopback = options.Host == "localhost" || IPAddress.IsLoopback(address!);
        return !loopback && string.IsNullOrEmpty(options.Token)
            ? $"listening on {options.Host} (beyond this machine) needs an access token: --token or EXTRACTION_TOKEN"
            : null;
    }

    public static async Task<WorkspaceServer> StartAsync(WorkspaceOptions options, IDocumentProcessor processor, IEvidenceRenderer? renderer, CancellationToken cancellationToken = default)
    {
        if (Validate(options) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }

        Directory.CreateDirectory(options.OutputDirectory);
        Directory.CreateDirectory(options.UploadDirectory);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            var ip = options.Host == "localhost" ? IPAddress.Loopback : IPAddress.Parse(options.Host);
            kestrel.Listen(ip, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });

        var text = UiText.For(options.Language);
        var store = SqlWorkspaceStore.Open(options.OutputDirectory, options.Store);
        var cropCache = new Output.Store.ResultStore(options.OutputDirectory);
        // Crops rendered for report.html are kept in extraction.db; the workspace reuses them.
        var images = new EvidenceImages(renderer is PdftoppmRenderer pdf ? pdf.WithStore(cropCache) : renderer);
        var app = builder.Build();
        var queue = new ProcessingQueue(store, processor, options, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("workspace"));
        var reports = new ReportCache(Messages.Languages.TryParse(options.Language, out var language) ? language : Messages.Language.Zh);
        var context = new EndpointContext(options, store, queue, reports, new ReviewService(store, reports, text), images, text,
            new Sessions(string.IsNullOrEmpty(options.Token) ? null : options.Token, options.SessionIdle, TimeProvider.System), new Uploads(options, store, text));
        Endpoints.Map(app, context);
        app.Lifetime.ApplicationStopped.Register(cropCache.Dispose);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Port taken, address not available…: release what was opened before the caller reports it.
            await queue.DisposeAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
            cropCache.Dispose();
            store.Dispose();
            throw;
        }

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("expected Kestrel to report the address it bound, found none");
        return new WorkspaceServer(app, store, queue, new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)));
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(_app, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _queue.DisposeAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _store.Dispose();
    }
}
