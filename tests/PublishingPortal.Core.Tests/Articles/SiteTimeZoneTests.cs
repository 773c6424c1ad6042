using PublishingPortal.Core.Articles;

namespace PublishingPortal.Core.Tests.Articles;

// Every expectation is an exact value: none depends on the test machine's own zone (TZ).
public class SiteTimeZoneTests
{
    private static readonly DateTimeOffset LateEveningUtc = new(2024, 4, 24, 17, 30, 0, TimeSpan.Zero);

    private readonly SiteTimeZone _zone = new();

    [Fact]
    public void FormatDate_UtcEveningIsNextDayInVietnam_ShowsSiteDate()
    {
        Assert.Equal("25/04/2024", _zone.FormatDate(LateEveningUtc));
    }

    [Fact]
    public void FormatIso_UtcInstant_ShowsSiteOffset()
    {
        Assert.Equal("2024-04-25T00:30:00+07:00", _zone.FormatIso(LateEveningUtc));
    }

    [Fact]
    public void FormatDate_SameInstantWithAnotherOffset_SameResult()
    {
        var sameInstant = LateEveningUtc.ToOffset(TimeSpan.FromHours(-5));

        Assert.Equal("25/04/2024", _zone.FormatDate(sameInstant));
        Assert.Equal("2024-04-25T00:30:00+07:00", _zone.FormatIso(sameInstant));
    }

    [Fact]
    public void ToSiteTime_UtcInstant_KeepsInstantWithSiteOffset()
    {
        var site = _zone.ToSiteTime(LateEveningUtc);

        Assert.Equal(LateEveningUtc, site);
        Assert.Equal(TimeSpan.FromHours(7), site.Offset);
        Assert.Equal(new DateTime(2024, 4, 25, 0, 30, 0, DateTimeKind.Unspecified), site.DateTime);
    }

    [Fact]
    public void FromSiteTime_Midnight_IsPreviousEveningUtc()
    {
        var instant = _zone.FromSiteTime(new DateOnly(2024, 4, 25));

        Assert.Equal(new DateTimeOffset(2024, 4, 24, 17, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void FromSiteTime_WithTime_IsUtc()
    {
        var instant = _zone.FromSiteTime(new DateOnly(2024, 1, 1), new TimeOnly(6, 15));

        Assert.Equal(new DateTimeOffset(2023, 12, 31, 23, 15, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void Constructor_DefaultId_IsVietnam()
    {
        Assert.Equal(SiteTimeZone.DefaultId, _zone.Zone.Id);
    }

    [Fact]
    public void FromSiteTime_ZoneWithDaylightSaving_UsesOffsetOfThatDate()
    {
        var paris = new SiteTimeZone("Europe/Paris");

        Assert.Equal(new DateTimeOffset(2024, 1, 14, 23, 0, 0, TimeSpan.Zero), paris.FromSiteTime(new DateOnly(2024, 1, 15)));
        Assert.Equal(new DateTimeOffset(2024, 7, 14, 22, 0, 0, TimeSpan.Zero), paris.FromSiteTime(new DateOnly(2024, 7, 15)));
        Assert.Equal("2024-07-15T00:00:00+02:00", paris.FormatIso(new DateTimeOffset(2024, 7, 14, 22, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Constructor_UnknownId_Throws()
    {
        Assert.Throws<TimeZoneNotFoundException>(() => new SiteTimeZone("Mars/Olympus_Mons"));
    }
}
