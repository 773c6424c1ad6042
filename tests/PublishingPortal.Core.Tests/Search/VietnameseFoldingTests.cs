using System.Text;
using PublishingPortal.Core.Search;

namespace PublishingPortal.Core.Tests.Search;

public class VietnameseFoldingTests
{
    [Fact]
    public void Fold_DongDien_GivesAsciiLowerCase()
    {
        Assert.Equal("dong dien", VietnameseFolding.Fold("Đông Điền"));
    }

    [Fact]
    public void Fold_NfdInput_SameAsNfc()
    {
        const string text = "Đông Điền, Thuỷ lợi, Người dân";
        Assert.NotEqual(text, text.Normalize(NormalizationForm.FormD));

        Assert.Equal(VietnameseFolding.Fold(text), VietnameseFolding.Fold(text.Normalize(NormalizationForm.FormD)));
    }

    [Theory]
    [InlineData("ho\u0300a", "hoa\u0300", "hoa")]
    [InlineData("thu\u0309y", "thuy\u0309", "thuy")]
    [InlineData("hòa", "hoà", "hoa")]
    [InlineData("thủy", "thuỷ", "thuy")]
    [InlineData("Khỏe", "Khoẻ", "khoe")]
    public void Fold_OldAndNewTonePlacement_FoldEqual(string oldStyle, string newStyle, string folded)
    {
        Assert.Equal(folded, VietnameseFolding.Fold(oldStyle));
        Assert.Equal(folded, VietnameseFolding.Fold(newStyle));
    }

    [Fact]
    public void Fold_EveryVowelMark_Dropped()
    {
        Assert.Equal(
            "aaa eee iii ooo uu yy d",
            VietnameseFolding.Fold("ẮẰẴ ÊỀỆ ÍÌỊ ỚỘÕ ỨỰ ỶỸ Đ"));
    }

    [Fact]
    public void RemoveDiacritics_KeepsCaseAndOtherCharacters()
    {
        Assert.Equal("Dong Dien - 25/04 (Ha Noi)!", VietnameseFolding.RemoveDiacritics("Đông Điền - 25/04 (Hà Nội)!"));
    }
}
