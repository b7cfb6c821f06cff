namespace Extraction.Distributed.Queue;

/// <summary>The lane's name as stored in the work table and used in queue names.</summary>
public static class LaneNames
{
    public static string Of(Lane lane) => lane == Lane.Scan ? "scan" : "text";

    public static Lane Parse(string name) => name == "scan" ? Lane.Scan : Lane.Text;
}
