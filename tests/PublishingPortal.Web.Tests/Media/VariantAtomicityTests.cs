using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using NetVips;
using PublishingPortal.Web.Media;
using Xunit.Abstractions;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>
/// Two instances sharing one media folder and database (issue 9) both make the same variant at the same
/// time: each writes a temporary file beside the target and renames it into place, so every response is
/// a whole image whatever the other instance is doing.
/// </summary>
public sealed class VariantAtomicityTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pp-two-hosts-" + Guid.NewGuid().ToString("N"));
    private readonly ITestOutputHelper _log;

    public VariantAtomicityTests(ITestOutputHelper log)
    {
        _log = log;
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task SameVariant_FromTwoHostsAtOnce_EveryResponseIsAWholeImage()
    {
        await using var first = new FolderPortalFactory(_root);
        using var readerA = first.CreateReader();
        await using var second = new FolderPortalFactory(_root);
        using var readerB = second.CreateReader();
        var photo = Path.Combine(_root, "lon.jpg");
        await File.WriteAllBytesAsync(photo, TestImages.NoiseJpeg(2600, 1700));
        string key;
        await using (var scope = first.Services.CreateAsyncScope())
        {
            key = (await scope.ServiceProvider.GetRequiredService<MediaLibrary>().AddFileAsync(photo, MediaDetails.None)).Key;
        }

        foreach (var format in new[] { "jpg", "webp" })
        {
            var url = $"/media/{key}/1920.{format}";
            // A starts making the variant; as soon as A has begun writing, B keeps asking. B answers from
            // whatever file it finds under the variant's name, so a file visible before it was whole
            // would be served here (checked: writing in place fails this test).
            var folder = Path.Combine(_root, "media", "variants", key);
            var fromA = Task.WhenAll(Enumerable.Range(0, 4).Select(_ => readerA.GetAsync(url)));
            while (!fromA.IsCompleted && !(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "1920*." + format + "*").Any()))
            {
                await Task.Delay(1);
            }

            var responses = new List<HttpResponseMessage>();
            while (!fromA.IsCompleted || responses.Count < 8)
            {
                responses.AddRange(await Task.WhenAll(readerB.GetAsync(url), readerB.GetAsync(url)));
            }

            responses.AddRange(await fromA);
            foreach (var response in responses)
            {
                using (response)
                {
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    var bytes = await response.Content.ReadAsByteArrayAsync();
                    Assert.Equal(response.Content.Headers.ContentLength, bytes.Length);

                    // A truncated file fails here: the decoder reads every pixel and stops at the first missing byte.
                    using var image = Image.NewFromBuffer(bytes, access: Enums.Access.Sequential, failOn: Enums.FailOn.Truncated);
                    Assert.Equal(1920, image.Width);
                    Assert.InRange(image.Avg(), 1, 254);
                }
            }

            Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp"));
            _log.WriteLine($"{format}: {responses.Count} responses; made by A {first.Services.GetRequiredService<VariantStore>().MadeCount}, by B {second.Services.GetRequiredService<VariantStore>().MadeCount} (cumulative)");
        }
    }
}
