using System.Globalization;

namespace PublishingPortal.Core.Listing;

/// <summary>
/// Where one page sits in a paged list: the page shown (numbered from 1), rows per page and rows in all,
/// and what follows from them — page count (at least 1, so an empty list is one empty page), rows to
/// skip, previous and next. Every list of the site (reader sections and tags, search, sitemaps, the admin
/// lists) pages through this one record, so the arithmetic and its edge cases live here only.
/// </summary>
/// <remarks>
/// Two ways to place the page: <see cref="Clamped"/> for admin lists, where any page number (0, -3,
/// 99999) shows the nearest real page; <see cref="At"/> for reader lists and search, where a page past
/// the end stays there (<see cref="IsPastEnd"/>) so the controller can answer 404 instead of showing
/// another page's content under that URL.
/// </remarks>
public sealed record Paging
{
    private Paging(int page, int pageSize, int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        PageSize = pageSize;
        Total = total;
        PageCount = total == 0 ? 1 : (int)(((long)total + pageSize - 1) / pageSize);
        Page = page;
    }

    /// <summary>The page shown, 1-based; at most <see cref="PageCount"/> unless placed with <see cref="At"/>.</summary>
    public int Page { get; private init; }

    /// <summary>Rows per page, 1 or more.</summary>
    public int PageSize { get; }

    /// <summary>Rows in the whole list, 0 or more.</summary>
    public int Total { get; }

    /// <summary>Number of pages, at least 1 (an empty list has one empty page).</summary>
    public int PageCount { get; }

    /// <summary>
    /// Rows before this page, for <c>Skip</c>; never more than <see cref="Total"/>, so a page past the end
    /// skips everything and reads no rows (and the multiplication cannot overflow).
    /// </summary>
    public int Skip => (int)Math.Min((long)(Page - 1) * PageSize, Total);

    /// <summary>Whether any row falls on this page (false for an empty list and for a page past the end): when false there is no need to read the page.</summary>
    public bool HasRows => Skip < Total;

    /// <summary>The 1-based position in the whole list of this page's first row, e.g. 21 on page 3 of 10 a page (for <c>&lt;ol start&gt;</c>).</summary>
    public int FirstNumber => Skip + 1;

    /// <summary>Whether a page comes before this one.</summary>
    public bool HasPrevious => Page > 1;

    /// <summary>Whether a page comes after this one.</summary>
    public bool HasNext => Page < PageCount;

    /// <summary>Whether the page asked for lies after the last page (only possible with <see cref="At"/>).</summary>
    public bool IsPastEnd => Page > PageCount;

    /// <summary>Places the page asked for within the list: below 1 gives page 1, past the end gives the last page.</summary>
    /// <param name="requested">Page number as asked, any value.</param>
    /// <param name="pageSize">Rows per page, 1 or more.</param>
    /// <param name="total">Rows in the whole list, 0 or more.</param>
    /// <returns>The paging, with <see cref="Page"/> in 1…<see cref="PageCount"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is below 1 or <paramref name="total"/> is negative.</exception>
    public static Paging Clamped(int requested, int pageSize, int total)
    {
        var paging = new Paging(1, pageSize, total);
        return paging with { Page = Math.Clamp(requested, 1, paging.PageCount) };
    }

    /// <summary>Places the page exactly where asked, even past the end (see <see cref="IsPastEnd"/>).</summary>
    /// <param name="page">Page number, 1 or more (read input with <see cref="ParsePageNumber"/> first).</param>
    /// <param name="pageSize">Rows per page, 1 or more.</param>
    /// <param name="total">Rows in the whole list, 0 or more.</param>
    /// <returns>The paging.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> or <paramref name="pageSize"/> is below 1, or <paramref name="total"/> is negative.</exception>
    public static Paging At(int page, int pageSize, int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        return new Paging(page, pageSize, total);
    }

    /// <summary>
    /// Reads a page number from a query string (<c>trang</c>): a positive whole number in ASCII digits, no
    /// sign, spaces, separators or decimals, and within <see cref="int"/>.
    /// </summary>
    /// <param name="text">The value as sent, or null when absent.</param>
    /// <returns>The number, or null when the text is not one (callers choose page 1 or a redirect).</returns>
    public static int? ParsePageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1 ? page : null;

    /// <summary>
    /// Reads the page number of a list that clamps (<see cref="Clamped"/>: the admin lists): a number too large
    /// for <see cref="int"/> still means "past the end", so it becomes <see cref="int.MaxValue"/> and shows the last
    /// page, as any other page past the end does; absent or not a positive whole number means page 1.
    /// </summary>
    /// <param name="text">The value as sent, or null when absent.</param>
    /// <returns>1 or more.</returns>
    public static int ParseClampedPageNumber(string? text) =>
        ParsePageNumber(text)
        ?? (text is { Length: > 0 } && text.All(char.IsAsciiDigit) && text.Any(c => c != '0') ? int.MaxValue : 1);
}
