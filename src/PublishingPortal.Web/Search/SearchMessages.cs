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

    /// <summary>A date filter that is not a date.</summary>
    /// <param name="label">The field's label, "Từ ngày" or "Đến ngày".</param>
    /// <returns>The message.</returns>
    public static string BadDate(string label) =>
        $"“{label}” không phải là ngày hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/04/2024.";
}
