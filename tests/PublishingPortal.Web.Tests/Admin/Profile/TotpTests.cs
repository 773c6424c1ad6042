using System.Text;
using PublishingPortal.Web.Areas.Admin.Models.Profile;

namespace PublishingPortal.Web.Tests.Admin.Profile;

public sealed class TotpTests
{
    // RFC 6238 appendix B: SHA-1 seed "12345678901234567890", T = 59 s → 94287082 (8 digits).
    [Theory]
    [InlineData(59, "94287082")]
    [InlineData(1111111109, "07081804")]
    [InlineData(2000000000, "69279037")]
    public void Code_Rfc6238Vectors_Match(long unixSeconds, string expected)
    {
        var key = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        Assert.Equal("12345678901234567890", Encoding.ASCII.GetString(Totp.Base32Decode(key)));

        Assert.Equal(expected, Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds), digits: 8));
        Assert.Equal(expected[2..], Totp.Code(key, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));
    }

    [Fact]
    public void AuthenticatorKey_Format_LowercaseGroupsOfFour()
    {
        Assert.Equal("jbsw y3dp ehpk 3pxp", AuthenticatorKey.Format("JBSWY3DPEHPK3PXP"));
        Assert.Equal("abcd ef", AuthenticatorKey.Format("ABCDEF"));
    }

    [Fact]
    public void AuthenticatorKey_OtpAuth_EscapesIssuerAndAccount()
    {
        var uri = AuthenticatorKey.OtpAuth("Cổng Tin tức", "ha@example.vn", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/C%E1%BB%95ng%20Tin%20t%E1%BB%A9c:ha%40example.vn?secret=JBSWY3DPEHPK3PXP&issuer=C%E1%BB%95ng%20Tin%20t%E1%BB%A9c&digits=6", uri);
    }
}
