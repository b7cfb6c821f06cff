using Extraction.Output.Html;

namespace Extraction.Distributed.Export;

/// <summary>Crops from the export's own extraction.db first, then from the shared store (rendered by an earlier
/// export anywhere); new crops go to both.</summary>
internal sealed class TieredCropCache(ICropCache local, ICropCache shared) : ICropCache
{
    public byte[]? Get(string key)
    {
        if (local.Get(key) is { } png)
        {
            return png;
        }

        png = shared.Get(key);
        if (png is not null)
        {
            local.Put(key, png);
        }

        return png;
    }

    public void Put(string key, byte[] png)
    {
        local.Put(key, png);
        shared.Put(key, png);
    }
}
