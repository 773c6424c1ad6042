using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PublishingPortal.Core.Media;
using PublishingPortal.Core.Workflow;
using PublishingPortal.Web.Media;
using PublishingPortal.Web.Tests.Accounts;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>
/// Variants by URL (issue 4): upright, sRGB, without metadata; only configured widths; never upscaled;
/// made once and then served from the disk cache with a strong ETag and a year-long immutable cache.
/// </summary>
public sealed class VariantTests : IClassFixture<EmptyPortalFactory>
{
    private readonly EmptyPortalFactory _factory;

    public VariantTests(EmptyPortalFactory factory)
    {
        _factory = factory;
    }

    [Fact]
    public async Task Variant_OfJpegWithExifOrientation6_IsUpright()
    {
        var key = await UploadAsync("nghieng.jpg", TestImages.SidewaysJpegWithGps());
        var asset = await _factory.WithDbAsync(db => db.MediaAssets.SingleAsync(m => m.Key == key));
        Assert.Equal((300, 400), (asset.Width, asset.Height));

        foreach (var format in new[] { "jpg", "webp" })
        {
            using var image = TestImages.Decode(await GetBytesAsync($"/media/{key}/640.{format}"));

            Assert.Equal((300, 400), (image.Width, image.Height));
            TestImages.AssertColour(TestImages.Blue, TestImages.MeanColour(image, 20, 10, 260, 70), 20);
            TestImages.AssertColour(TestImages.Red, TestImages.MeanColour(image, 20, 150, 260, 230), 20);
        }
    }

    [Fact]
    public async Task Variants_NeverCarryExifGpsOrAnyOtherMetadata()
    {
        var key = await UploadAsync("gps.jpg", TestImages.SidewaysJpegWithGps());

        foreach (var url in new[] { $"/media/{key}/320.jpg", $"/media/{key}/320.webp", $"/media/{key}/1920.jpg", $"/media/{key}/1920.webp" })
        {
            var bytes = await GetBytesAsync(url);
            using var image = TestImages.Decode(bytes);
            var fields = image.GetFields();

            Assert.DoesNotContain(fields, f => f.Contains("GPS", StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain("exif-data", fields);
            Assert.DoesNotContain("xmp-data", fields);
            Assert.DoesNotContain("iptc-data", fields);
            Assert.Equal(-1, bytes.AsSpan().IndexOf("Exif\0\0"u8));
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Variant_OfCmykJpeg_KeepsItsColours(bool embeddedProfile)
    {
        var key = await UploadAsync("cmyk.jpg", TestImages.CmykJpeg(embeddedProfile));

        foreach (var format in new[] { "jpg", "webp" })
        {
            using var image = TestImages.Decode(await GetBytesAsync($"/media/{key}/320.{format}"));

            Assert.Equal(3, image.Bands);
            Assert.Equal(NetVips.Enums.Interpretation.Srgb, image.Interpretation);
            TestImages.AssertColour(TestImages.Red, TestImages.MeanColour(image, 8, 8, 80, 48), 16);
        }
    }

    [Theory]
    [InlineData("/media/{0}/641.webp")]
    [InlineData("/media/{0}/100.jpg")]
    [InlineData("/media/{0}/0640.jpg")]
    [InlineData("/media/{0}/640.png")]
    [InlineData("/media/{0}/640.JPG")]
    [InlineData("/media/{0}/640.jpg.webp")]
    [InlineData("/media/{0}/99999.webp")]
    [InlineData("/media/00000000000000000000000000000000/640.webp")]
    [InlineData("/media/originals/{0}.jpg")]
    public async Task Variant_OutsideTheConfiguredSet_Is404(string pattern)
    {
        var key = await UploadAsync("a.jpg", TestImages.Jpeg(800, 600));
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, key));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Variant_WiderThanTheOriginal_IsClampedNotUpscaled()
    {
        var key = await UploadAsync("nho.jpg", TestImages.Jpeg(500, 250));

        using var wide = TestImages.Decode(await GetBytesAsync($"/media/{key}/1920.jpg"));
        using var next = TestImages.Decode(await GetBytesAsync($"/media/{key}/640.jpg"));
        using var smaller = TestImages.Decode(await GetBytesAsync($"/media/{key}/480.webp"));

        Assert.Equal((500, 250), (wide.Width, wide.Height));
        Assert.Equal((500, 250), (next.Width, next.Height));
        Assert.Equal((480, 240), (smaller.Width, smaller.Height));
    }

    [Fact]
    public async Task Variant_SecondRequest_IsServedFromTheDiskCache()
    {
        var key = await UploadAsync("cache.jpg", TestImages.Jpeg(1000, 500));
        var store = _factory.Services.GetRequiredService<VariantStore>();
        var storage = _factory.Services.GetRequiredService<MediaStorage>();
        var file = storage.Variant(key, 960, VariantFormat.Webp);
        using var client = _factory.CreateReader();
        Assert.False(File.Exists(file));

        using var first = await client.GetAsync($"/media/{key}/960.webp");
        var madeAfterFirst = store.MadeCount;
        var written = File.GetLastWriteTimeUtc(file);
        await Task.Delay(50);
        using var second = await client.GetAsync($"/media/{key}/960.webp");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(madeAfterFirst, store.MadeCount);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("image/webp", second.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Variant_HasStrongETagImmutableCacheAnd304()
    {
        var key = await UploadAsync("etag.jpg", TestImages.Jpeg(700, 400));
        using var client = _factory.CreateReader();

        using var response = await client.GetAsync($"/media/{key}/640.jpg");
        var etag = response.Headers.ETag!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/media/{key}/640.jpg");
        request.Headers.IfNoneMatch.Add(etag);
        using var again = await client.SendAsync(request);
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/media/{key}/640.jpg"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
    }

    [Fact]
    public async Task Variant_ConcurrentFirstRequests_AreMadeOnce()
    {
        var key = await UploadAsync("dong-thoi.jpg", TestImages.NoiseJpeg(1600, 1200));
        var store = _factory.Services.GetRequiredService<VariantStore>();
        var before = store.MadeCount;
        using var client = _factory.CreateReader();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetAsync($"/media/{key}/1280.webp")));

        try
        {
            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(before + 1, store.MadeCount);
            Assert.Single(responses.Select(r => r.Content.Headers.ContentLength).Distinct());
            var folder = _factory.Services.GetRequiredService<MediaStorage>().VariantFolder(key);
            Assert.Equal("1280-q78-v1.webp", Path.GetFileName(Assert.Single(Directory.EnumerateFiles(folder))));
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Fact]
    public async Task Placeholder_IsServedThroughTheSamePipeline()
    {
        using var image = TestImages.Decode(await GetBytesAsync($"/media/{MediaUrls.PlaceholderKey}/640.webp"));
        using var jpeg = TestImages.Decode(await GetBytesAsync($"/media/{MediaUrls.PlaceholderKey}/1920.jpg"));

        Assert.Equal((640, 360), (image.Width, image.Height));
        Assert.Equal((1600, 900), (jpeg.Width, jpeg.Height));
    }

    private async Task<string> UploadAsync(string name, byte[] content)
    {
        var (client, _) = await StaffAccounts.SignInAsNewAsync(_factory, NewsroomRoles.Reporter);
        using (client)
        {
            var (_, key) = await MediaUploads.UploadGoodAsync(_factory, client, name, content);
            return key;
        }
    }

    private async Task<byte[]> GetBytesAsync(string url)
    {
        using var client = _factory.CreateReader();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("image/webp"));
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}");
        return await response.Content.ReadAsByteArrayAsync();
    }
}
