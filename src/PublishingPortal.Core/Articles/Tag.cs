namespace PublishingPortal.Core.Articles;

/// <summary>A keyword (Từ khóa) shared by articles, e.g. "Chuyển đổi số".</summary>
public class Tag
{
    /// <summary>Maximum length of <see cref="Name"/>.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>Display name, NFC.</summary>
    public string Name { get; set; } = "";

    /// <summary>ASCII slug from <see cref="Name"/>, unique; two names that fold alike are one tag.</summary>
    public string Slug { get; set; } = "";

    /// <summary>Articles carrying the tag.</summary>
    public List<Article> Articles { get; } = [];

    /// <summary>
    /// Splits what an editor typed into tag names: separated by commas or semicolons, trimmed,
    /// blanks and duplicates (by slug) dropped, each at most <see cref="NameMaxLength"/> characters.
    /// </summary>
    /// <param name="input">e.g. "Nông nghiệp, chè; nong nghiep".</param>
    /// <returns>e.g. ["Nông nghiệp", "chè"].</returns>
    public static IReadOnlyList<string> ParseNames(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return [];
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var names = new List<string>();
        foreach (var part in input.Split([',', ';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Normalize(System.Text.NormalizationForm.FormC);
            name = name.Length > NameMaxLength ? name[..NameMaxLength].Trim() : name;
            if (seen.Add(Slugs.FromTitle(name)))
            {
                names.Add(name);
            }
        }

        return names;
    }
}
