using System.Globalization;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Web.Search;

/// <summary>What the search page tells a reader whose query cannot be run (vi-VN).</summary>
public static class SearchMessages
{
    /// <summary>No query, or only spaces.</summary>
    public const string Empty = "Hãy nhập từ khóa cần tìm.";

    /// <summary>The query has no letter or digit.</summary>
    public const string NoWords = "Từ khóa cần có ít nhất một chữ cái hoặc chữ số.";

    /// <summary>Every word of the query is excluded with "-": nothing is left to look for.</summary>
    public const string OnlyExclusions =
        "Từ khóa chỉ có các từ loại trừ (bắt đầu bằng dấu “-”). Hãy nhập thêm ít nhất một từ cần tìm, ví dụ: bóng đá -futsal.";

    /// <summary>The category slug names no category.</summary>
    public const string UnknownCategory = "Không có chuyên mục này. Hãy chọn một chuyên mục trong danh sách.";

    /// <summary>"Từ ngày" is after "Đến ngày".</summary>
    public const string ReversedDates = "“Từ ngày” phải trước hoặc trùng “Đến ngày”.";

    /// <summary>Heading above fallback results (<see cref="SearchPage.Approximate"/>).</summary>
    public const string Approximate = "Kết quả gần đúng";

    /// <summary>Prompt shown on the bare search page (not an error).</summary>
    public const string Prompt = "Nhập từ khóa, có dấu hoặc không dấu, để tìm bài viết.";

    /// <summary>The query is over <see cref="SearchPhrase.MaxLength"/> characters.</summary>
    /// <param name="length">Characters typed.</param>
    /// <returns>The message.</returns>
    public static string TooLong(int length) => string.Format(
        CultureInfo.InvariantCulture,
        "Từ khóa dài {0} ký tự, quá giới hạn {1} ký tự. Hãy rút gọn từ khóa.",
        length,
        SearchPhrase.MaxLength);

    /// <summary>Explains <see cref="Approximate"/> results.</summary>
    /// <param name="text">The query as typed.</param>
    /// <returns>The message.</returns>
    public static string ApproximateNote(string text) =>
        $"Không có bài nào chứa đủ mọi từ của “{text}”. Dưới đây là các bài chứa nhiều từ nhất.";

    /// <summary>The count shown when matches pass the rank window, e.g. "Hơn 1.000 kết quả" (vi-VN digit grouping).</summary>
    /// <returns>The message.</returns>
    public static string MoreThanWindow() => string.Format(
        CultureInfo.GetCultureInfo("vi-VN"),
        "Hơn {0:N0} kết quả. Các bài mới nhất được xếp hạng; hãy thêm từ khóa để thu hẹp kết quả.",
        ArticleSearchRequest.RankWindow);

    /// <summary>A date filter that is not a date.</summary>
    /// <param name="label">The field's label, "Từ ngày" or "Đến ngày".</param>
    /// <returns>The message.</returns>
    public static string BadDate(string label) =>
        $"“{label}” không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/04/2024.";
}
