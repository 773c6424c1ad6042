using System.Globalization;
using System.Text;
using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

public class SlugsTests
{
    // Vietnamese vowel bases as an ASCII letter plus the vowel mark Unicode decomposes them into.
    private static readonly (string Base, string Ascii)[] Vowels =
    [
        ("a", "a"), ("a\u0306", "a"), ("a\u0302", "a"), ("e", "e"), ("e\u0302", "e"), ("i", "i"),
        ("o", "o"), ("o\u0302", "o"), ("o\u031B", "o"), ("u", "u"), ("u\u031B", "u"), ("y", "y"),
    ];

    // No tone, huyền, sắc, hỏi, ngã, nặng.
    private static readonly string[] Tones = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

    public static TheoryData<string, string> VietnameseLetters()
    {
        var data = new TheoryData<string, string>();
        foreach (var (vowel, ascii) in Vowels)
        {
            foreach (var tone in Tones)
            {
                var lower = (vowel + tone).Normalize(NormalizationForm.FormC);
                data.Add(lower, ascii);
                data.Add(lower.ToUpper(CultureInfo.InvariantCulture), ascii);
            }
        }

        data.Add("đ", "d");
        data.Add("Đ", "d");
        return data;
    }

    [Fact]
    public void VietnameseLetters_Table_CoversEveryPrecomposedLetter()
    {
        var letters = VietnameseLetters().Select(row => (string)row[0]).ToList();

        Assert.Equal(12 * 6 * 2 + 2, letters.Distinct(StringComparer.Ordinal).Count());
        Assert.All(letters, l => Assert.Equal(1, l.Length));
    }

    [Theory]
    [MemberData(nameof(VietnameseLetters))]
    public void FromTitle_VietnameseLetter_GivesAsciiBase(string letter, string ascii)
    {
        Assert.Equal(ascii, Slugs.FromTitle(letter));
        Assert.Equal($"x{ascii}x", Slugs.FromTitle($"x{letter}x"));
    }

    [Theory]
    [InlineData("Hội nghị đánh giá 2 năm", "hoi-nghi-danh-gia-2-nam")]
    [InlineData("ĐƯỜNG ĐÔNG ĐIỀN", "duong-dong-dien")]
    [InlineData("Hội nghị --- đánh giá!!! (2022 – 2026)", "hoi-nghi-danh-gia-2022-2026")]
    [InlineData("  ...«Xin chào»...  ", "xin-chao")]
    [InlineData("-Đầu-cuối-", "dau-cuoi")]
    [InlineData("a/b\\c_d.e", "a-b-c-d-e")]
    public void FromTitle_Punctuation_CollapsesToSingleInnerHyphens(string title, string slug)
    {
        Assert.Equal(slug, Slugs.FromTitle(title));
    }

    [Fact]
    public void FromTitle_NfdTitle_SameAsNfc()
    {
        const string title = "Thuỷ lợi Đông Điền hoàn thành";

        Assert.Equal(Slugs.FromTitle(title), Slugs.FromTitle(title.Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void FromTitle_LongerThanCap_CutAtWordBoundary()
    {
        Assert.Equal("mot-hai-ba-bon-nam", Slugs.FromTitle("Một hai ba bốn năm sáu bảy tám", 20));
        Assert.Equal("mot-hai-ba-bon-nam", Slugs.FromTitle("Một hai ba bốn năm sáu bảy tám", 18));
    }

    [Fact]
    public void FromTitle_LongTitle_WithinArticleSlugMaxLength()
    {
        var title = string.Join(' ', Enumerable.Repeat("Khánh thành cầu treo dân sinh", 20));

        var slug = Slugs.FromTitle(title);

        var whole = Slugs.FromTitle(title, 10_000);
        Assert.InRange(slug.Length, Article.SlugMaxLength - 10, Article.SlugMaxLength);
        Assert.StartsWith(slug + "-", whole, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTitle_OneLongWord_CutAtCapWithoutTrailingHyphen()
    {
        var slug = Slugs.FromTitle(new string('a', 300) + " b");

        Assert.Equal(new string('a', Article.SlugMaxLength), slug);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! --- ???")]
    [InlineData("“…”")]
    [InlineData("新闻")]
    public void FromTitle_NoLetterOrDigit_GivesFallback(string title)
    {
        Assert.Equal(Slugs.Fallback, Slugs.FromTitle(title));
    }

    [Fact]
    public async Task MakeUniqueAsync_Free_KeepsBase()
    {
        Assert.Equal("tin-moi", await Slugs.MakeUniqueAsync("tin-moi", Taken()));
    }

    [Fact]
    public async Task MakeUniqueAsync_Taken_AppendsTwoThenThree()
    {
        Assert.Equal("tin-moi-2", await Slugs.MakeUniqueAsync("tin-moi", Taken("tin-moi")));
        Assert.Equal("tin-moi-3", await Slugs.MakeUniqueAsync("tin-moi", Taken("tin-moi", "tin-moi-2")));
    }

    [Fact]
    public async Task MakeUniqueAsync_BaseAtMaxLength_SuffixFitsCap()
    {
        // Cutting 2 characters for "-2" leaves the stem ending in a hyphen, which must not double.
        var slug = new string('a', Article.SlugMaxLength - 3) + "-bc";

        var unique = await Slugs.MakeUniqueAsync(slug, Taken(slug));

        Assert.Equal(new string('a', Article.SlugMaxLength - 3) + "-2", unique);
    }

    private static Func<string, CancellationToken, Task<bool>> Taken(params string[] slugs) =>
        (candidate, _) => Task.FromResult(slugs.Contains(candidate, StringComparer.Ordinal));
}
