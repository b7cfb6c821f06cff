using System.Buffers.Binary;
using Microsoft.Playwright;

namespace Extraction.Workspace.Tests;

/// <summary>Checks a screenshot: a PNG of the expected size whose pixels are not one flat colour (measured by
/// drawing it on a canvas in a blank page of the same browser).</summary>
internal static class Screenshots
{
    public static async Task AssertShowsSomethingAsync(IBrowserContext context, byte[] png, int width, int height, string what)
    {
        Assert.True(png.Length > 24 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G', $"{what}: expected a PNG");
        // For looking at them: EXTRACTION_TEST_SCREENSHOTS=DIR keeps each screenshot as DIR/<what>.png.
        if (Environment.GetEnvironmentVariable("EXTRACTION_TEST_SCREENSHOTS") is { Length: > 0 } keep)
        {
            Directory.CreateDirectory(keep);
            await File.WriteAllBytesAsync(Path.Combine(keep, what.Replace(' ', '-') + ".png"), png);
        }

        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        var page = await context.NewPageAsync();
        try
        {
            var share = await page.EvaluateAsync<double>("""
                async (data) => {
                  const img = new Image();
                  img.src = 'data:image/png;base64,' + data;
                  await img.decode();
                  const canvas = document.createElement('canvas');
                  canvas.width = img.width; canvas.height = img.height;
                  const g = canvas.getContext('2d');
                  g.drawImage(img, 0, 0);
                  const px = g.getImageData(0, 0, img.width, img.height).data;
                  const [r, gg, b] = [px[0], px[1], px[2]];
                  let differ = 0;
                  for (let i = 0; i < px.length; i += 4) {
                    if (Math.abs(px[i] - r) + Math.abs(px[i + 1] - gg) + Math.abs(px[i + 2] - b) > 60) differ++;
                  }
                  return differ / (px.length / 4);
                }
                """, Convert.ToBase64String(png));
            Assert.True(share > 0.02, $"{what}: only {share:P1} of the screenshot differs from its corner colour (blank page?)");
        }
        finally
        {
            await page.CloseAsync();
        }
    }
}
