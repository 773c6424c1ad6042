namespace PublishingPortal.Core.Site;

/// <summary>One footer or social link: a label and an absolute http(s) URL or a site path starting with "/".</summary>
/// <param name="Label">Text shown.</param>
/// <param name="Url">Where it leads.</param>
public sealed record SiteLink(string Label, string Url)
{
    /// <summary>Longest label (characters).</summary>
    public const int LabelMaxLength = 100;

    /// <summary>Longest URL (characters).</summary>
    public const int UrlMaxLength = 500;

    /// <summary>Most links in one list.</summary>
    public const int MaxCount = 20;

    /// <summary>
    /// Reads a list typed one link a line as <c>label | URL</c>; blank lines are skipped. Only <c>http</c>,
    /// <c>https</c> and site-relative paths (<c>/…</c>, not <c>//…</c>) are taken, so no <c>javascript:</c> link
    /// reaches a reader.
    /// </summary>
    /// <param name="text">The typed list; null is empty.</param>
    /// <param name="links">The links, in order, when valid.</param>
    /// <param name="error">Vietnamese reason naming the line (1-based) when invalid.</param>
    /// <returns>True when every line is a valid link.</returns>
    public static bool TryParse(string? text, out IReadOnlyList<SiteLink> links, out string? error)
    {
        var list = new List<SiteLink>();
        links = list;
        error = null;
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var bar = line.LastIndexOf('|');
            if (bar <= 0)
            {
                error = $"Dòng {i + 1}: hãy viết theo dạng \"Tên liên kết | https://…\".";
                return false;
            }

            var label = line[..bar].Trim();
            var url = line[(bar + 1)..].Trim();
            if (label.Length == 0 || label.Length > LabelMaxLength)
            {
                error = $"Dòng {i + 1}: tên liên kết cần từ 1 đến {LabelMaxLength} ký tự.";
                return false;
            }

            if (!IsAllowedUrl(url))
            {
                error = $"Dòng {i + 1}: địa chỉ phải bắt đầu bằng http://, https:// hoặc / (đường dẫn trong trang).";
                return false;
            }

            list.Add(new SiteLink(label, url));
        }

        if (list.Count > MaxCount)
        {
            error = $"Tối đa {MaxCount} liên kết.";
            return false;
        }

        return true;
    }

    /// <summary>Reads a stored list; invalid lines (there should be none) are dropped.</summary>
    /// <param name="text">The stored list.</param>
    /// <returns>The valid links, in order.</returns>
    public static IReadOnlyList<SiteLink> Parse(string? text)
    {
        var result = new List<SiteLink>();
        foreach (var line in (text ?? "").Split('\n'))
        {
            if (TryParse(line, out var one, out _))
            {
                result.AddRange(one);
            }
        }

        return result;
    }

    /// <summary>True for an absolute http/https URL with a host, or a site path starting with one "/".</summary>
    /// <param name="url">Candidate.</param>
    /// <returns>Whether a reader may be sent there.</returns>
    public static bool IsAllowedUrl(string url)
    {
        if (url.Length == 0 || url.Length > UrlMaxLength || url.Any(char.IsWhiteSpace))
        {
            return false;
        }

        if (url[0] == '/')
        {
            return url.Length == 1 || (url[1] != '/' && url[1] != '\\');
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            && uri.Host.Length > 0;
    }
}
