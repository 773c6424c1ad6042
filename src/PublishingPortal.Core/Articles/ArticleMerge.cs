using System.Text.RegularExpressions;
using DiffPlex;
using DiffPlex.Model;

namespace PublishingPortal.Core.Articles;

/// <summary>
/// Three-way merge of an article edit (issue 10, "Never lose work"): <c>base</c> is the revision the person started
/// from, <c>mine</c> what they posted, <c>theirs</c> what is stored now. Per field, a change made on one side only is
/// taken; the same change on both sides is fine; different changes to one field are a conflict. The Markdown body is
/// merged per paragraph (blocks separated by blank lines, diffed with DiffPlex): changes to different paragraphs
/// merge, different changes to the same paragraph (or touching the same place) are a conflict.
/// Pure: no clock, no database.
/// </summary>
public static partial class ArticleMerge
{
    /// <summary>Merges the fields of one article.</summary>
    /// <param name="baseFields">The version the person started from.</param>
    /// <param name="mine">The posted form.</param>
    /// <param name="theirs">The stored article.</param>
    /// <returns>
    /// <see cref="ArticleMergeResult.Merged"/> when nothing conflicts (fields taken from theirs listed in
    /// <see cref="ArticleMergeResult.TakenFromTheirs"/>); otherwise the conflicting field names in
    /// <see cref="ArticleMergeResult.Conflicts"/> and no merged value.
    /// </returns>
    public static ArticleMergeResult Merge(ArticleFields baseFields, ArticleFields mine, ArticleFields theirs)
    {
        var conflicts = new List<string>();
        var fromTheirs = new List<string>();

        string? Take(string field, string? b, string? m, string? t)
        {
            var result = Value(b, m, t);
            if (result.Conflict)
            {
                conflicts.Add(field);
            }
            else if (result.FromTheirs)
            {
                fromTheirs.Add(field);
            }

            return result.Value;
        }

        var title = Take(ArticleFields.TitleField, baseFields.Title, mine.Title, theirs.Title);
        var slug = Take(ArticleFields.SlugField, baseFields.Slug, mine.Slug, theirs.Slug);
        var lead = Take(ArticleFields.LeadField, baseFields.Lead, mine.Lead, theirs.Lead);
        var byline = Take(ArticleFields.BylineField, baseFields.Byline, mine.Byline, theirs.Byline);
        var source = Take(ArticleFields.SourceField, baseFields.Source, mine.Source, theirs.Source);
        var category = Take(ArticleFields.CategoryField, baseFields.CategoryId?.ToString("D", System.Globalization.CultureInfo.InvariantCulture),
            mine.CategoryId?.ToString("D", System.Globalization.CultureInfo.InvariantCulture),
            theirs.CategoryId?.ToString("D", System.Globalization.CultureInfo.InvariantCulture));
        var tags = Take(ArticleFields.TagsField, NormalizeTags(baseFields.Tags), NormalizeTags(mine.Tags), NormalizeTags(theirs.Tags));

        var body = Body(baseFields.BodyMarkdown, mine.BodyMarkdown, theirs.BodyMarkdown);
        if (body.Text is null)
        {
            conflicts.Add(ArticleFields.BodyField);
        }
        else if (body.TakenFromTheirs > 0)
        {
            fromTheirs.Add(ArticleFields.BodyField);
        }

        if (conflicts.Count > 0)
        {
            return new ArticleMergeResult(null, fromTheirs, conflicts);
        }

        var merged = new ArticleFields(title ?? "", slug ?? "", lead ?? "", body.Text!, byline, source,
            category is null ? null : int.Parse(category, System.Globalization.CultureInfo.InvariantCulture), tags ?? "");
        return new ArticleMergeResult(merged, fromTheirs, conflicts);
    }

    /// <summary>Merges one plain value: one-sided changes are taken, equal changes agree, different changes conflict.</summary>
    /// <param name="baseValue">The value at the base version (ordinal comparison; null and "" differ).</param>
    /// <param name="mine">The posted value.</param>
    /// <param name="theirs">The stored value.</param>
    /// <returns>The merged value (null on conflict) and which side it came from.</returns>
    public static FieldMerge Value(string? baseValue, string? mine, string? theirs)
    {
        if (string.Equals(mine, theirs, StringComparison.Ordinal))
        {
            return new FieldMerge(mine, false, false);
        }

        if (string.Equals(baseValue, theirs, StringComparison.Ordinal))
        {
            return new FieldMerge(mine, false, false);
        }

        if (string.Equals(baseValue, mine, StringComparison.Ordinal))
        {
            return new FieldMerge(theirs, false, true);
        }

        return new FieldMerge(null, true, false);
    }

    /// <summary>
    /// Merges Markdown per paragraph (blocks separated by one or more blank lines; "\r\n" read as "\n").
    /// A change is a run of base paragraphs replaced by a run of new ones (an insertion replaces none).
    /// Changes of the two sides that overlap in the base, or insert at the same place, form one group: the group
    /// merges only when both sides made it come out the same.
    /// </summary>
    /// <param name="baseText">The body at the base version.</param>
    /// <param name="mine">The posted body.</param>
    /// <param name="theirs">The stored body.</param>
    /// <returns>
    /// The merged text (paragraphs joined by one blank line) or null text with the number of conflicting groups;
    /// <see cref="BodyMerge.TakenFromTheirs"/> counts the changes of theirs that were applied.
    /// </returns>
    public static BodyMerge Body(string baseText, string mine, string theirs)
    {
        var b = Blocks(baseText);
        var m = Blocks(mine);
        var t = Blocks(theirs);
        if (m.SequenceEqual(t, StringComparer.Ordinal))
        {
            return new BodyMerge(Join(m), 0, 0);
        }

        var hunks = Hunks(b, m, true).Concat(Hunks(b, t, false))
            .OrderBy(h => h.Start).ThenBy(h => h.End).ToList();
        var output = new List<string>();
        var conflicts = 0;
        var fromTheirs = 0;
        var position = 0;
        var i = 0;
        while (i < hunks.Count)
        {
            var group = new List<Hunk> { hunks[i] };
            var start = hunks[i].Start;
            var end = hunks[i].End;
            i++;
            while (i < hunks.Count && Overlaps(start, end, hunks[i]))
            {
                group.Add(hunks[i]);
                end = Math.Max(end, hunks[i].End);
                i++;
            }

            output.AddRange(b.Skip(position).Take(start - position));
            position = end;
            var mineHunks = group.Where(h => h.Mine).ToList();
            var theirHunks = group.Where(h => !h.Mine).ToList();
            if (theirHunks.Count == 0 || mineHunks.Count == 0)
            {
                output.AddRange(Apply(b, start, end, group));
                fromTheirs += theirHunks.Count;
                continue;
            }

            var mineResult = Apply(b, start, end, mineHunks);
            var theirResult = Apply(b, start, end, theirHunks);
            if (mineResult.SequenceEqual(theirResult, StringComparer.Ordinal))
            {
                output.AddRange(mineResult);
            }
            else
            {
                conflicts++;
            }
        }

        output.AddRange(b.Skip(position));
        return conflicts > 0 ? new BodyMerge(null, conflicts, fromTheirs) : new BodyMerge(Join(output), 0, fromTheirs);
    }

    // Strict overlap: changes to neighbouring paragraphs merge; an insertion conflicts only with an insertion at
    // the same place or a change that spans across it.
    private static bool Overlaps(int start, int end, Hunk next)
    {
        if (next.Start == next.End)
        {
            return (start == end && next.Start == start) || (start < next.Start && next.Start < end);
        }

        return start == end ? next.Start < start && start < next.End : next.Start < end;
    }

    private static List<string> Apply(IReadOnlyList<string> b, int start, int end, IEnumerable<Hunk> hunks)
    {
        var result = new List<string>();
        var position = start;
        foreach (var hunk in hunks.OrderBy(h => h.Start).ThenBy(h => h.End))
        {
            result.AddRange(b.Skip(position).Take(hunk.Start - position));
            result.AddRange(hunk.Replacement);
            position = Math.Max(position, hunk.End);
        }

        result.AddRange(b.Skip(position).Take(end - position));
        return result;
    }

    private static IEnumerable<Hunk> Hunks(string[] b, string[] other, bool mine)
    {
        var diff = Differ.Instance.CreateDiffs(Join(b), Join(other), false, false, BlockChunker.Instance);
        foreach (DiffBlock block in diff.DiffBlocks)
        {
            yield return new Hunk(block.DeleteStartA, block.DeleteStartA + block.DeleteCountA,
                other.Skip(block.InsertStartB).Take(block.InsertCountB).ToArray(), mine);
        }
    }

    private static string[] Blocks(string text) => [.. BlockChunker.Instance.Chunk(text)];

    private static string Join(IEnumerable<string> blocks) => string.Join("\n\n", blocks);

    private static string NormalizeTags(string tags) =>
        string.Join(", ", tags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLines();

    private sealed record Hunk(int Start, int End, string[] Replacement, bool Mine);

    private sealed class BlockChunker : IChunker
    {
        public static readonly BlockChunker Instance = new();

        public IReadOnlyList<string> Chunk(string str) =>
            str.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', ' ', '\t').Length == 0
                ? []
                : BlankLines().Split(str.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n', ' ', '\t'));
    }
}
