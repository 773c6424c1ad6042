using System.Globalization;

namespace PublishingPortal.Core.Media;

/// <summary>
/// The one URL shape of served photos, <c>/media/{key}/{width}.{webp|jpg}</c>, written and parsed here so
/// pages, figures (<c>Figure.ImagePath</c>) and the variant endpoint agree. <c>{key}</c> is a
/// <see cref="MediaAsset.Key"/> or <see cref="PlaceholderKey"/>; <c>{width}</c> is digits without a
/// leading zero (one URL per variant). Whether the width is allowed is the endpoint's business
/// (configuration <c>Media:Widths</c>), not the parser's.
/// </summary>
public static class MediaUrls
{
    /// <summary>URL prefix of every variant, with its trailing slash.</summary>
    public const string Prefix = "/media/";

    /// <summary>Key of the "photo missing" placeholder, served through the same variants as library photos.</summary>
    public const string PlaceholderKey = "chua-co-anh";

    /// <summary>The variant URL.</summary>
    /// <param name="key">Asset key or <see cref="PlaceholderKey"/>.</param>
    /// <param name="width">Width in pixels, positive.</param>
    /// <param name="format">Encoding.</param>
    /// <returns>e.g. <c>/media/0f3c…/640.webp</c>.</returns>
    public static string Variant(string key, int width, VariantFormat format)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}{key}/{width}{Extension(format)}");
    }

    /// <summary>Start of every variant URL of one asset, for "where is this photo used" lookups.</summary>
    /// <param name="key">Asset key.</param>
    /// <returns><c>/media/{key}/</c>.</returns>
    public static string AssetPrefix(string key) => Prefix + key + "/";

    /// <summary>File extension of a format, with the dot.</summary>
    /// <param name="format">Encoding.</param>
    /// <returns><c>.webp</c> or <c>.jpg</c>.</returns>
    public static string Extension(VariantFormat format) => format == VariantFormat.Webp ? ".webp" : ".jpg";

    /// <summary>MIME type of a format.</summary>
    /// <param name="format">Encoding.</param>
    /// <returns><c>image/webp</c> or <c>image/jpeg</c>.</returns>
    public static string ContentType(VariantFormat format) => format == VariantFormat.Webp ? "image/webp" : "image/jpeg";

    /// <summary>True for a well-formed asset key: exactly 32 lower-case hex digits.</summary>
    /// <param name="key">Candidate.</param>
    /// <returns>Whether it is one.</returns>
    public static bool IsAssetKey(ReadOnlySpan<char> key)
    {
        if (key.Length != MediaAsset.KeyLength)
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Splits a variant URL path. Accepts only <c>/media/{key}/{width}.{webp|jpg}</c> with an asset key
    /// or the placeholder key, a width of 1–5 digits not starting with 0, and a lower-case extension.
    /// </summary>
    /// <param name="path">URL path, without query string.</param>
    /// <param name="key">The key, when parsed.</param>
    /// <param name="width">The width, when parsed.</param>
    /// <param name="format">The encoding, when parsed.</param>
    /// <returns>Whether <paramref name="path"/> has the shape.</returns>
    public static bool TryParse(ReadOnlySpan<char> path, out string key, out int width, out VariantFormat format)
    {
        key = "";
        width = 0;
        format = VariantFormat.Jpeg;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = path[Prefix.Length..];
        var slash = rest.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var keySpan = rest[..slash];
        if (!IsAssetKey(keySpan) && !keySpan.SequenceEqual(PlaceholderKey))
        {
            return false;
        }

        var file = rest[(slash + 1)..];
        var dot = file.IndexOf('.');
        if (dot is <= 0 or > 5 || file[0] == '0')
        {
            return false;
        }

        var extension = file[dot..];
        if (extension.SequenceEqual(".webp"))
        {
            format = VariantFormat.Webp;
        }
        else if (!extension.SequenceEqual(".jpg"))
        {
            return false;
        }

        foreach (var c in file[..dot])
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        width = int.Parse(file[..dot], NumberStyles.None, CultureInfo.InvariantCulture);
        key = keySpan.ToString();
        return true;
    }
}
