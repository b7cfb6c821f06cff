using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Extraction.Workspace.Tests;

/// <summary>A reviewer's HTTP session against a running workspace (cookie + anti-forgery header), for the
/// tests that need no browser.</summary>
internal sealed class WorkspaceClient : IDisposable
{
    private readonly HttpClient _http;

    public WorkspaceClient(Uri address)
    {
        _http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), UseCookies = true }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    public HttpClient Http => _http;

    public string? Csrf { get; private set; }

    public async Task<HttpStatusCode> SignInAsync(string name, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/signin") { Content = JsonContent.Create(new { name, token }) };
        request.Headers.Add("X-Extraction", "1");
        using var response = await _http.SendAsync(request);
        if (response.IsSuccessStatusCode)
        {
            Csrf = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("csrf").GetString();
        }

        return response.StatusCode;
    }

    public async Task<JsonElement> UploadAsync(params (string Name, byte[] Content)[] files)
    {
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            form.Add(new ByteArrayContent(content), "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/upload") { Content = form };
        request.Headers.Add("X-CSRF-Token", Csrf);
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public async Task<JsonElement> GetAsync(string path) => await _http.GetFromJsonAsync<JsonElement>(path);

    /// <summary>Polls the document until it is processed (generous limit: a loaded 2-core machine).</summary>
    public async Task<JsonElement> WaitDoneAsync(string sha)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var view = await GetAsync("/api/documents/" + sha);
            var status = view.GetProperty("row").GetProperty("status").GetString();
            if (status is "done" or "failed" or "skipped")
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{sha} still {status} after 3 minutes");
            await Task.Delay(250);
        }
    }

    public async Task<HttpResponseMessage> DecideAsync(string sha, string fingerprint, string verdict, string note, string? csrf = null, string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/documents/{sha}/decisions") { Content = JsonContent.Create(new { fingerprint, verdict, note }) };
        request.Headers.Add("X-CSRF-Token", csrf ?? Csrf);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await _http.SendAsync(request);
    }

    public void Dispose() => _http.Dispose();
}
