using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Extraction.Rules.Facts;

/// <summary>The learned linking decision: an ML.NET FastTree binary classifier over <see cref="PairFeatures"/>.
/// Training is single-threaded with a fixed seed (the same rows give the same trees); the model ships as an embedded
/// resource (Facts/Model/linker.zip) and is loaded once per process.</summary>
internal static class LinkModel
{
    public const string Resource = "Extraction.Rules.Facts.Model.linker.zip";

    private static readonly Lazy<ITransformer?> Loaded = new(Load);

    public static ITransformer? Model => Loaded.Value;

    public sealed class Row
    {
        [VectorType(PairFeatures.Count)]
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    public sealed class Prediction
    {
        public float Probability { get; set; }

        public bool PredictedLabel { get; set; }
    }

    public static MLContext Context() => new(seed: 1);

    public static ITransformer Train(IEnumerable<Row> rows, out DataViewSchema schema)
    {
        var ml = Context();
        var data = ml.Data.LoadFromEnumerable(rows);
        schema = data.Schema;
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            NumberOfTrees = 100,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 10,
            LearningRate = 0.1,
            Seed = 1,
        });
        return trainer.Fit(data);
    }

    public static void Save(ITransformer model, DataViewSchema schema, string path) => Context().Model.Save(model, schema, path);

    private static ITransformer? Load()
    {
        using var stream = typeof(LinkModel).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return null;
        }

        // ML.NET needs a seekable stream.
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        copy.Position = 0;
        return Context().Model.Load(copy, out _);
    }
}
