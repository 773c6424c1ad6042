using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace PublishingPortal.Web.Tests.Media;

/// <summary>Uploads files the way the library page does (multipart with the page's antiforgery token).</summary>
internal static class MediaUploads
{
    public const string LibraryUrl = "/admin/anh";

    public const string UploadUrl = "/admin/anh/tai-len";

    private static readonly string[] StorageFolders = ["originals", "tmp", "variants"];

    /// <summary>Posts files; <paramref name="json"/> asks for the script's JSON answer.</summary>
    public static async Task<HttpResponseMessage> PostAsync(BrowserLikeClient client, bool json, params (string Name, byte[] Content, string ClaimedType)[] files)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetDocumentAsync(LibraryUrl);
        var token = page.QuerySelector("form[data-upload] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, bytes, type) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue(type);
            content.Add(part, "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, UploadUrl) { Content = content };
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.Http.SendAsync(request);
    }

    /// <summary>Uploads one file through the script's path; returns the JSON entry for it.</summary>
    public static async Task<(HttpResponseMessage Response, JsonElement File)> UploadAsync(BrowserLikeClient client, string name, byte[] content, string claimedType = "image/jpeg")
    {
        var response = await PostAsync(client, json: true, (name, content, claimedType));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, document.RootElement.GetProperty("files")[0].Clone());
    }

    /// <summary>Uploads a good photo and returns its id and key.</summary>
    public static async Task<(int Id, string Key)> UploadGoodAsync(PortalFactory factory, BrowserLikeClient client, string name, byte[] content)
    {
        var (response, file) = await UploadAsync(client, name, content);
        using (response)
        {
            Assert.True(response.IsSuccessStatusCode, file.ToString());
        }

        var id = file.GetProperty("id").GetInt32();
        var key = await factory.WithDbAsync(db => db.MediaAssets.Where(m => m.Id == id).Select(m => m.Key).SingleAsync());
        return (id, key);
    }

    /// <summary>Every file under the media folder's originals, tmp and variants folders.</summary>
    public static IReadOnlyList<string> StoredFiles(PortalFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var media = Path.Combine(factory.Root, "media");
        return StorageFolders
            .Select(f => Path.Combine(media, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .ToList();
    }
}
