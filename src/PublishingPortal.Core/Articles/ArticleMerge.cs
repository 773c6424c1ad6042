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

        // (value resolving a conflict to mine, value resolving it to theirs): the same merged value when no conflict.
        (string? Mine, string? Theirs) Take(string field, string? b, string? m, string? t)
        {
            var result = Value(b, m, t);
            if (result.Conflict)
            {
                conflicts.Add(field);
                return (m, t);
            }

            if (result.FromTheirs)
            {
                fromTheirs.Add(field);
            }

            return (result.Value, result.Value);
        }

        static string? Id(int? id) => id?.ToString("D", System.Globalization.CultureInfo.InvariantCulture);
        static int? ParseId(string? id) => id is null ? null : int.Parse(id, System.Globalization.CultureInfo.InvariantCulture);

        var title = Take(ArticleFields.TitleField, baseFields.Title, mine.Title, theirs.Title);
        var slug = Take(ArticleFields.SlugField, baseFields.Slug, mine.Slug, theirs.Slug);
        var lead = Take(ArticleFields.LeadField, baseFields.Lead, mine.Lead, theirs.Lead);
        var byline = Take(ArticleFields.BylineField, baseFields.Byline, mine.Byline, theirs.Byline);
        var source = Take(ArticleFields.SourceField, baseFields.Source, mine.Source, theirs.Source);
        var category = Take(ArticleFields.CategoryField, Id(baseFields.CategoryId), Id(mine.CategoryId), Id(theirs.CategoryId));
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

        var preferMine = new ArticleFields(title.Mine ?? "", slug.Mine ?? "", lead.Mine ?? "", body.PreferMine, byline.Mine, source.Mine,
            ParseId(category.Mine), tags.Mine ?? "");
        var preferTheirs = new ArticleFields(title.Theirs ?? "", slug.Theirs ?? "", lead.Theirs ?? "", body.PreferTheirs, byline.Theirs,
            source.Theirs, ParseId(category.Theirs), tags.Theirs ?? "");
        return new ArticleMergeResult(conflicts.Count > 0 ? null : preferMine, fromTheirs, conflicts)
        {
            PreferMine = preferMine,
            PreferTheirs = preferTheirs,
            Body = body,
        };
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
            return new BodyMerge(Join(m), 0, 0) { PreferMine = Join(m), PreferTheirs = Join(m) };
        }

        var hunks = Hunks(b, m, true).Concat(Hunks(b, t, false))
            .OrderBy(h => h.Start).ThenBy(h => h.End).ToList();
        var preferMine = new List<string>();
        var preferTheirs = new List<string>();
        var theirParagraphs = new List<int>();
        var groups = new List<BodyConflict>();
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

            var unchanged = b.Skip(position).Take(start - position).ToList();
            preferMine.AddRange(unchanged);
            preferTheirs.AddRange(unchanged);
            position = end;
            var mineHunks = group.Where(h => h.Mine).ToList();
            var theirHunks = group.Where(h => !h.Mine).ToList();
            if (theirHunks.Count == 0 || mineHunks.Count == 0)
            {
                foreach (var (text, changed) in Apply(b, start, end, group))
                {
                    preferMine.Add(text);
                    preferTheirs.Add(text);
                    if (changed && theirHunks.Count > 0)
                    {
                        theirParagraphs.Add(preferMine.Count);
                    }
                }

                fromTheirs += theirHunks.Count;
                continue;
            }

            var mineResult = Apply(b, start, end, mineHunks).Select(p => p.Text).ToList();
            var theirResult = Apply(b, start, end, theirHunks).Select(p => p.Text).ToList();
            preferMine.AddRange(mineResult);
            preferTheirs.AddRange(theirResult);
            if (!mineResult.SequenceEqual(theirResult, StringComparer.Ordinal))
            {
                groups.Add(new BodyConflict(Join(mineResult), Join(theirResult)));
            }
        }

        var rest = b.Skip(position).ToList();
        preferMine.AddRange(rest);
        preferTheirs.AddRange(rest);
        return new BodyMerge(groups.Count > 0 ? null : Join(preferMine), groups.Count, fromTheirs)
        {
            PreferMine = Join(preferMine),
            PreferTheirs = Join(preferTheirs),
            TheirParagraphs = groups.Count > 0 ? [] : theirParagraphs,
            ConflictGroups = groups,
        };
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

    // The base paragraphs start..end with the hunks applied; Changed marks the paragraphs a hunk put there.
    private static List<(string Text, bool Changed)> Apply(IReadOnlyList<string> b, int start, int end, IEnumerable<Hunk> hunks)
    {
        var result = new List<(string Text, bool Changed)>();
        var position = start;
        foreach (var hunk in hunks.OrderBy(h => h.Start).ThenBy(h => h.End))
        {
            result.AddRange(b.Skip(position).Take(hunk.Start - position).Select(p => (p, false)));
            result.AddRange(hunk.Replacement.Select(p => (p, true)));
            position = Math.Max(position, hunk.End);
        }

        result.AddRange(b.Skip(position).Take(end - position).Select(p => (p, false)));
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
