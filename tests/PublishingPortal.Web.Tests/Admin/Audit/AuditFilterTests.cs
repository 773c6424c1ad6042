using PublishingPortal.Core.Auditing;
using PublishingPortal.Web.Areas.Admin.Models.Audit;

namespace PublishingPortal.Web.Tests.Admin.Audit;

// The filter rules on their own: what AuditController used to read inline, now in AuditFilter.
public sealed class AuditFilterTests
{
    [Fact]
    public void Check_AllBlank_NoErrorsNoDays()
    {
        var filter = new AuditFilter();

        Assert.Empty(filter.Check());
        Assert.Null(filter.FromDay);
        Assert.Null(filter.ToDay);
    }

    [Fact]
    public void Check_EveryFilterBad_OneMessageEachInFormOrder()
    {
        var filter = new AuditFilter
        {
            User = new string('a', AuditFilter.MaxUserLength + 1),
            Action = "xoa-nhat-ky",
            From = "hom-qua-va-ca-hom-kia-nua",
            To = "31/02/2024",
            IpAddress = "10.0.0.1; drop",
        };

        var errors = filter.Check();

        Assert.Equal(5, errors.Count);
        Assert.StartsWith("Tên người dùng", errors[0], StringComparison.Ordinal);
        Assert.StartsWith("Hành động", errors[1], StringComparison.Ordinal);
        Assert.Equal("“Từ ngày” không hợp lệ: “hom-qua-va-ca-hom-ki…”. Hãy nhập theo dạng dd/MM/yyyy, ví dụ 25/04/2024.", errors[2]);
        Assert.StartsWith("“Đến ngày” không hợp lệ", errors[3], StringComparison.Ordinal);
        Assert.StartsWith("Địa chỉ IP", errors[4], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25/04/2024")]
    [InlineData("2024-04-25")]
    [InlineData("25/4/2024")]
    [InlineData("2024-4-25")]
    public void FromDay_PortalOrIsoDay_Read(string text)
    {
        var filter = new AuditFilter { From = text, Action = AuditActions.SignIn, IpAddress = "2001:db8::" };

        Assert.Equal(new DateOnly(2024, 4, 25), filter.FromDay);
        Assert.Empty(filter.Check());
    }

    [Theory]
    [InlineData("26/04/2024", "25/04/2024", 1)]
    [InlineData("25/04/2024", "25/04/2024", 0)]
    [InlineData("0001-01-01", "", 1)]
    [InlineData("", "9999-12-31", 1)]
    public void Check_DayRange_ReversedOrOutOfYearsRefused(string from, string to, int errors)
    {
        Assert.Equal(errors, new AuditFilter { From = from, To = to }.Check().Count);
    }

    [Fact]
    public void PageUrl_OnlyFiltersSetAndPage()
    {
        var url = new AuditFilter { User = " nguoi ", From = "25/04/2024", IpAddress = "  " }.PageUrl(3);

        Assert.Equal("/admin/nhat-ky?nguoi=nguoi&tu=25%2F04%2F2024&trang=3", url);
    }

    [Fact]
    public void PageUrl_PageOne_LeavesPageOut()
    {
        Assert.Equal("/admin/nhat-ky?hanhdong=sign-in", new AuditFilter { Action = "sign-in" }.PageUrl(1));
    }
}
