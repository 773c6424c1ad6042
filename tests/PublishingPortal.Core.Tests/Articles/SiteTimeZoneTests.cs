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

    [Fact]
    public void FormatDateTime_UtcEvening_ShowsNextDaySiteTimeToTheMinute()
    {
        Assert.Equal("25/04/2024 00:30", _zone.FormatDateTime(LateEveningUtc));
    }

    [Fact]
    public void FormatDateTimeSeconds_UtcEvening_ShowsSeconds()
    {
        Assert.Equal("25/04/2024 00:30:05", _zone.FormatDateTimeSeconds(LateEveningUtc.AddSeconds(5)));
    }

    [Fact]
    public void FormatInput_UtcEvening_IsDatetimeLocalValueInSiteTime()
    {
        Assert.Equal("2024-04-25T00:30", _zone.FormatInput(LateEveningUtc));
    }

    [Theory]
    [InlineData(16, 59, 59, "24/04/2024 23:59:59")]
    [InlineData(17, 0, 0, "25/04/2024 00:00:00")]
    public void FormatDateTimeSeconds_AroundSiteMidnight_ChangesDayExactlyAtMidnight(int hour, int minute, int second, string expected)
    {
        var instant = new DateTimeOffset(2024, 4, 24, hour, minute, second, TimeSpan.Zero);

        Assert.Equal(expected, _zone.FormatDateTimeSeconds(instant));
        Assert.Equal(expected[..10], _zone.FormatDate(instant));
    }

    [Fact]
    public void FormatDate_NewYearsEveUtc_IsNewYearInVietnam()
    {
        var instant = new DateTimeOffset(2023, 12, 31, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal("01/01/2024", _zone.FormatDate(instant));
        Assert.Equal("2024-01-01T00:00", _zone.FormatInput(instant));
    }

    [Fact]
    public void FormatRfc822_UtcInstant_HasEnglishNamesAndNumericSiteOffset()
    {
        Assert.Equal("Thu, 25 Apr 2024 00:30:00 +0700", _zone.FormatRfc822(LateEveningUtc));
    }

    [Fact]
    public void FormatGmtOffset_Vietnam_IsPlusSevenAllYear()
    {
        // Vietnam has no daylight saving: winter and summer print the same offset.
        Assert.Equal("GMT+07:00", _zone.FormatGmtOffset(new DateTimeOffset(2024, 1, 15, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("GMT+07:00", _zone.FormatGmtOffset(new DateTimeOffset(2024, 7, 15, 0, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void Formats_ZoneWithDaylightSaving_UseOffsetOfThatInstant()
    {
        var paris = new SiteTimeZone("Europe/Paris");
        var winter = new DateTimeOffset(2024, 1, 15, 23, 30, 0, TimeSpan.Zero);
        var summer = new DateTimeOffset(2024, 7, 15, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal("16/01/2024 00:30", paris.FormatDateTime(winter));
        Assert.Equal("16/07/2024 00:30", paris.FormatDateTime(summer));
        Assert.Equal("Tue, 16 Jan 2024 00:30:00 +0100", paris.FormatRfc822(winter));
        Assert.Equal("Tue, 16 Jul 2024 00:30:00 +0200", paris.FormatRfc822(summer));
        Assert.Equal("GMT+01:00", paris.FormatGmtOffset(winter));
        Assert.Equal("GMT+02:00", paris.FormatGmtOffset(summer));
    }

    [Fact]
    public void FormatRfc822_ZoneWestOfGreenwich_HasMinusSign()
    {
        var newYork = new SiteTimeZone("America/New_York");

        Assert.Equal("Wed, 24 Apr 2024 13:30:00 -0400", newYork.FormatRfc822(LateEveningUtc));
    }

    [Fact]
    public void FormatInput_ReadBackWithTryParseWallClock_IsSameInstantToTheMinute()
    {
        var paris = new SiteTimeZone("Europe/Paris");
        var instant = new DateTimeOffset(2024, 7, 15, 22, 30, 0, TimeSpan.Zero);

        Assert.True(SiteTimeZone.TryParseWallClock(paris.FormatInput(instant), out var local));
        Assert.Equal(instant, paris.FromSiteTime(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local)));
    }

    [Theory]
    [InlineData("25/04/2024", 2024, 4, 25)]
    [InlineData("5/4/2024", 2024, 4, 5)]
    [InlineData("05/04/2024", 2024, 4, 5)]
    [InlineData("2024-04-25", 2024, 4, 25)]
    [InlineData("2024-4-5", 2024, 4, 5)]
    public void TryParseDay_PortalAndIsoForms_ReadTheDay(string text, int year, int month, int day)
    {
        Assert.True(SiteTimeZone.TryParseDay(text, out var parsed));
        Assert.Equal(new DateOnly(year, month, day), parsed);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("31/02/2024")]
    [InlineData("04/25/2024")]
    [InlineData("25-04-2024")]
    [InlineData("hôm qua")]
    [InlineData("25/04/2024 10:00")]
    public void TryParseDay_NotADay_False(string? text)
    {
        Assert.False(SiteTimeZone.TryParseDay(text, out _));
    }

    [Theory]
    [InlineData("2024-04-25T07:30", 7, 30, 0)]
    [InlineData("2024-04-25T07:30:15", 7, 30, 15)]
    [InlineData("2024-04-25T07:30:15.5", 7, 30, 15)]
    [InlineData("2024-04-25 07:30", 7, 30, 0)]
    public void TryParseWallClock_InputForms_ReadWallClockWithoutZone(string text, int hour, int minute, int second)
    {
        Assert.True(SiteTimeZone.TryParseWallClock(text, out var local));
        Assert.Equal(new DateTime(2024, 4, 25, hour, minute, second, DateTimeKind.Unspecified), local.AddTicks(-(local.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(DateTimeKind.Unspecified, local.Kind);
    }

    [Theory]
    [InlineData("25/04/2024 07:30")]
    [InlineData("2024-04-25")]
    [InlineData("2024-04-25T07:30+07:00")]
    [InlineData("2024-04-25T24:00")]
    public void TryParseWallClock_OtherForms_False(string text)
    {
        Assert.False(SiteTimeZone.TryParseWallClock(text, out _));
    }
}
