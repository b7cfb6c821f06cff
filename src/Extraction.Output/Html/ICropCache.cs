namespace Extraction.Output.Html;

/// <summary>Persistent store of rendered evidence crops (PNG bytes by key).</summary>
public interface ICropCache
{
    byte[]? Get(string key);

    void Put(string key, byte[] png);
}
