using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using NetVips;
using PublishingPortal.Core.Media;
using PublishingPortal.Web.Imaging;

namespace PublishingPortal.Benchmarks;

/// <summary>
/// The cost of one variant as the portal makes it (<see cref="VariantEncoder.Write"/>: decode with
/// shrink-on-load, resize, colour to sRGB, encode without metadata) from a 4000×3000 camera-sized JPEG to
/// 640 pixels wide, WebP and JPEG; and of the upload checks (<see cref="ImageInspector.Inspect"/>) on the
/// same file. A short job (1 launch, 3 warm-ups, 3 measured iterations) so the run takes about a minute.
/// Managed allocations are reported by the memory diagnoser; libvips works in native memory, whose
/// high-water mark is printed at the end (<see cref="Stats.MemHighwater"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 3)]
public class VariantBenchmarks
{
    private string _folder = "";
    private string _source = "";
    private string _webp = "";
    private string _jpeg = "";

    /// <summary>Writes the 4000×3000 source JPEG (a gradient with grain, about the size of a camera file).</summary>
    [GlobalSetup]
    public void Setup()
    {
        Libvips.EnsureConfigured();
        _folder = Directory.CreateTempSubdirectory("pp-bench-").FullName;
        _source = Path.Combine(_folder, "source-4000x3000.jpg");
        _webp = Path.Combine(_folder, "out.webp");
        _jpeg = Path.Combine(_folder, "out.jpg");
        using var xyz = Image.Xyz(4000, 3000);
        using var x = xyz[0];
        using var y = xyz[1];
        using var noise = Image.Gaussnoise(4000, 3000, mean: 0, sigma: 12);
        using var r = (x / 4000.0 * 150) + 50 + noise;
        using var g = (y / 3000.0 * 120) + 70 + noise;
        using var b = ((x + y) / 7000.0 * 100) + 40 + noise;
        using var rgb = r.Bandjoin(g, b);
        using var bytes = rgb.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        bytes.Jpegsave(_source, q: 90);
        Console.WriteLine($"// source: {new FileInfo(_source).Length:N0} bytes, 4000x3000");
    }

    /// <summary>Decode, resize, encode to a 640-pixel WebP (quality 78, the portal's default).</summary>
    /// <returns>Width and height written.</returns>
    [Benchmark]
    public (int Width, int Height) Webp640() => VariantEncoder.Write(_source, _webp, 640, VariantFormat.Webp, 78);

    /// <summary>Decode, resize, encode to a 640-pixel progressive JPEG (quality 82, the portal's default).</summary>
    /// <returns>Width and height written.</returns>
    [Benchmark]
    public (int Width, int Height) Jpeg640() => VariantEncoder.Write(_source, _jpeg, 640, VariantFormat.Jpeg, 82);

    /// <summary>Every upload check on the 4000×3000 JPEG: header, pixel limit, loader, polyglot scan, one full decode.</summary>
    /// <returns>What the inspector found.</returns>
    [Benchmark]
    public InspectedImage InspectUpload() => new ImageInspector(20L * 1024 * 1024, 50_000_000, 200).Inspect(_source, "source.jpg");

    /// <summary>Prints libvips' native memory high-water mark and removes the files.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        // Each benchmark runs in its own process, so only its own output exists.
        var output = new[] { _webp, _jpeg }.Where(File.Exists).Select(f => $"{Path.GetFileName(f)} {new FileInfo(f).Length:N0} bytes");
        Console.WriteLine($"// libvips native memory high-water mark: {Stats.MemHighwater / 1024 / 1024} MiB; {string.Join(", ", output)}");
        Directory.Delete(_folder, recursive: true);
    }
}
