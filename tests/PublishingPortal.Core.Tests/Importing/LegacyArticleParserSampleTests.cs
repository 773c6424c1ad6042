using System.Text;
using PublishingPortal.Core.Importing;

namespace PublishingPortal.Core.Tests.Importing;

/// <summary>
/// Runs the parser on the real exports kept beside the repository (<c>&lt;repo&gt;/../shared/fixtures/legacy-articles</c>).
/// Every fact is derived from the file itself, so any further sample dropped there is checked the same way.
/// </summary>
public class LegacyArticleParserSampleTests
{
    private const string Missing = "(shared/fixtures/legacy-articles not found)";

    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        var folder = FindSampleFolder();
        var files = folder is null ? [] : Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToArray();
        foreach (var file in files)
        {
            data.Add(Path.GetFileName(file));
        }

        if (files.Length == 0)
        {
            // xunit 2 reports a theory without data as a failure with no reason; this sentinel fails with one.
            data.Add(Missing);
        }

        return data;
    }

    [SharedSamplesTheory]
    [MemberData(nameof(SampleFiles))]
    public void Parse_SharedSample_MatchesTheFileStructure(string name)
    {
        var folder = FindSampleFolder();
        Assert.True(folder is not null && name != Missing, $"No legacy samples: looked for shared/fixtures/legacy-articles above {AppContext.BaseDirectory}.");
        var text = File.ReadAllText(Path.Combine(folder, name), Encoding.UTF8);
        var fileLines = text.Normalize(NormalizationForm.FormC).ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).ToList();

        var article = LegacyArticleParser.Parse(text);

        Assert.Contains(article.Title, fileLines);
        Assert.NotNull(article.Date);
        var captions = article.Blocks.Where(b => b.Kind == LegacyBlockKind.Caption).ToList();
        Assert.NotEmpty(captions);
        Assert.Equal(fileLines.Last(l => l.Length > 0).TrimEnd('.').Trim(), article.Byline);

        // Captions are whole lines of the file, in file order, each at the line the parser reports.
        var previous = 0;
        foreach (var caption in captions)
        {
            var index = fileLines.IndexOf(caption.Text, previous);
            Assert.True(index >= 0, $"caption \"{caption.Text}\" is not a line after line {previous}");
            Assert.Equal(index + 1, caption.LineNumber);
            previous = index + 1;
        }

        var marker = fileLines.FindIndex(l => l.Contains(LegacyArticleParser.ViewDataMarker, StringComparison.Ordinal));
        var bodyBlocks = CountBlocks(fileLines.Skip(marker + 1));
        var byKind = article.Blocks.CountBy(b => b.Kind).ToDictionary();
        Assert.Equal(
            bodyBlocks - 1,
            byKind.GetValueOrDefault(LegacyBlockKind.Paragraph) + byKind.GetValueOrDefault(LegacyBlockKind.Caption)
                + byKind.GetValueOrDefault(LegacyBlockKind.Heading));
        Assert.Equal(bodyBlocks - 1, article.Blocks.Count);
        LegacyFixtures.AssertAllNfc(article);
    }

    private static int CountBlocks(IEnumerable<string> lines)
    {
        var count = 0;
        var inBlock = false;
        foreach (var line in lines)
        {
            var empty = line.All(char.IsWhiteSpace);
            if (!empty && !inBlock)
            {
                count++;
            }

            inBlock = !empty;
        }

        return count;
    }

    internal static string? FindSampleFolder()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_SHARED_FIXTURES");
        if (!string.IsNullOrEmpty(configured) && Directory.Exists(Path.Combine(configured, "legacy-articles")))
        {
            return Path.Combine(configured, "legacy-articles");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "fixtures", "legacy-articles");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
