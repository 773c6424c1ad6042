using System.Text;
using NetVips;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>Images (good and hostile) made by the tests themselves with libvips or by hand.</summary>
internal static class TestImages
{
    public static readonly double[] Red = [200, 30, 30];

    public static readonly double[] Blue = [30, 40, 210];

    /// <summary>A solid-colour sRGB JPEG.</summary>
    public static byte[] Jpeg(int width, int height, double[]? colour = null)
    {
        using var image = Solid(width, height, colour ?? Red);
        return image.JpegsaveBuffer(q: 90);
    }

    /// <summary>A solid-colour PNG.</summary>
    public static byte[] Png(int width, int height, double[]? colour = null)
    {
        using var image = Solid(width, height, colour ?? Blue);
        return image.PngsaveBuffer();
    }

    /// <summary>
    /// A 400×300 JPEG stored sideways with EXIF orientation 6 ("rotate 90° clockwise to display"): its
    /// left 100 columns are blue, the rest red, so upright it is 300×400 with a blue band at the top.
    /// It also carries GPS tags (latitude and longitude), which no variant may keep.
    /// </summary>
    public static byte[] SidewaysJpegWithGps()
    {
        using var red = Solid(400, 300, Red);
        using var marked = red.Mutate(m =>
        {
            m.DrawRect(Blue, 0, 0, 100, 300, fill: true);
            m.Set(GValue.GIntType, "orientation", 6);
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitudeRef", "N");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLatitude", "21/1 1/1 30/1");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitudeRef", "E");
            m.Set(GValue.GStrType, "exif-ifd3-GPSLongitude", "105/1 51/1 0/1");
        });
        return marked.JpegsaveBuffer(q: 95, keep: Enums.ForeignKeep.All);
    }

    /// <summary>A solid red JPEG in CMYK (converted with libvips' CMYK profile), with or without the profile embedded.</summary>
    public static byte[] CmykJpeg(bool embedProfile)
    {
        using var srgb = Solid(96, 64, Red);
        using var cmyk = srgb.IccTransform("cmyk");
        return cmyk.JpegsaveBuffer(q: 95, keep: embedProfile ? Enums.ForeignKeep.Icc : Enums.ForeignKeep.None);
    }

    /// <summary>A JPEG of noise (so it is large and incompressible), cut in half.</summary>
    public static byte[] TruncatedJpeg()
    {
        var full = NoiseJpeg(800, 600);
        return full[..(full.Length / 2)];
    }

    /// <summary>A JPEG of noise: large for its size in pixels.</summary>
    public static byte[] NoiseJpeg(int width, int height)
    {
        using var noise = Image.Gaussnoise(width, height, mean: 128, sigma: 60);
        using var bands = noise.Bandjoin(noise, noise);
        using var image = bands.Cast(Enums.BandFormat.Uchar).Copy(interpretation: Enums.Interpretation.Srgb);
        return image.JpegsaveBuffer(q: 95);
    }

    /// <summary>The 33 bytes of a PNG signature and IHDR claiming 1 × 500,000,000 pixels (no image data).</summary>
    public static byte[] PngClaimingHalfAGigapixel() =>
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
        0x00, 0x00, 0x00, 0x01, 0x1D, 0xCD, 0x65, 0x00,
        0x08, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    /// <summary>An animated GIF, 8×8, whose frames alternate two colours.</summary>
    public static byte[] AnimatedGif(int frames)
    {
        using var xyz = Image.Xyz(8, 8 * frames);
        using var y = xyz[1];
        using var value = (y / 8 % 2) * 200;
        using var band = value.Cast(Enums.BandFormat.Uchar);
        using var rgb = band.Bandjoin(band, band).Copy(interpretation: Enums.Interpretation.Srgb);
        using var paged = rgb.Mutate(m => m.Set(GValue.GIntType, "page-height", 8));
        return paged.GifsaveBuffer();
    }

    public static byte[] HtmlPage() => Encoding.UTF8.GetBytes(
        "<!DOCTYPE html>\n<html><head><title>x</title></head><body><script>alert(document.cookie)</script></body></html>\n");

    public static byte[] SvgWithScript() => Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\"><script>alert(document.cookie)</script><rect width=\"100\" height=\"100\"/></svg>\n");

    /// <summary>A real JPEG with an HTML script appended after its end: a polyglot.</summary>
    public static byte[] JpegWithScript() =>
        [.. Jpeg(64, 48), .. Encoding.ASCII.GetBytes("<html><script>alert(1)</script></html>")];

    /// <summary>A real JPEG, padded so that an appended script starts 3 bytes before the 64 KiB mark (split across two reads).</summary>
    public static byte[] JpegWithScriptAcrossReads()
    {
        var jpeg = Jpeg(64, 48);
        var padding = new byte[(64 * 1024) - 3 - jpeg.Length];
        Array.Fill(padding, (byte)' ');
        return [.. jpeg, .. padding, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];
    }

    /// <summary>Reads an encoded image.</summary>
    public static Image Decode(byte[] bytes) => Image.NewFromBuffer(bytes);

    /// <summary>The mean colour of a rectangle, rounded.</summary>
    public static int[] MeanColour(Image image, int left, int top, int width, int height)
    {
        using var area = image.ExtractArea(left, top, width, height);
        return Enumerable.Range(0, 3).Select(b =>
        {
            using var band = area[b];
            return (int)Math.Round(band.Avg());
        }).ToArray();
    }

    public static void AssertColour(double[] expected, int[] actual, int tolerance)
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance, $"channel {i}: expected {expected[i]}±{tolerance}, got {actual[i]} ({string.Join(",", actual)})");
        }
    }

    private static Image Solid(int width, int height, double[] colour)
    {
        using var black = Image.Black(width, height, bands: 3);
        using var filled = black + colour;
        using var bytes = filled.Cast(Enums.BandFormat.Uchar);
        return bytes.Copy(interpretation: Enums.Interpretation.Srgb);
    }
}
