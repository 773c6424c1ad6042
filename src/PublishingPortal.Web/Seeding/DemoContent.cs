namespace PublishingPortal.Web.Seeding;

/// <summary>Demo categories and articles, written for this project (no text from any real portal).</summary>
internal static class DemoContent
{
    public static IReadOnlyList<string> Categories { get; } =
        ["Thời sự", "Kinh tế", "Văn hóa - Xã hội", "Quốc phòng - An ninh"];

    public static IReadOnlyList<DemoArticle> Articles { get; } =
    [
        new(
            "Khai trương cổng thông tin điện tử mới của tỉnh",
            "Cổng thông tin mới cho phép người đọc phóng to chữ, tìm kiếm không cần gõ dấu, in và lưu bài viết chỉ với một lần bấm.",
            """
            Sáng nay, cổng thông tin điện tử mới chính thức đi vào hoạt động sau ba tháng chạy thử. Giao diện được thiết kế lại để đọc tốt trên điện thoại, máy tính bảng và máy tính để bàn.

            ^^^
            ![](figure:1)
            ^^^ Giao diện trang chủ của cổng thông tin mới

            Người đọc có thể tăng hoặc giảm cỡ chữ ngay trên thanh công cụ của từng bài viết; lựa chọn được ghi nhớ cho các lần đọc sau.

            ## Dễ đọc, dễ tìm

            Chức năng tìm kiếm hiểu tiếng Việt có dấu và không dấu, vì vậy gõ "dong dien" vẫn tìm thấy "Đông Điền".

            Ban biên tập cho biết sẽ tiếp tục lắng nghe ý kiến bạn đọc để hoàn thiện cổng thông tin.
            """,
            "Minh An",
            null,
            "Giao diện trang chủ của cổng thông tin mới",
            "Ảnh minh hoạ: dải màu xanh với hai hình tròn",
            0,
            (20, 80, 160),
            (60, 170, 200)),
        new(
            "Nông dân vùng cao thu hoạch vụ chè xuân đạt năng suất cao",
            "Nhờ áp dụng quy trình chăm sóc mới, năng suất chè xuân năm nay tăng khoảng 12% so với cùng kỳ.",
            """
            Những ngày này, các đồi chè ở vùng cao rộn ràng tiếng cười nói của bà con thu hoạch vụ chè xuân.

            ^^^
            ![](figure:1)
            ^^^ Bà con hái chè trên đồi vào buổi sáng sớm

            Theo cán bộ khuyến nông, việc bón phân hữu cơ và tưới nhỏ giọt đã giúp búp chè to, đều và ít sâu bệnh.

            Hợp tác xã dự kiến mở rộng diện tích chè đạt tiêu chuẩn an toàn trong năm tới.
            """,
            "Thu Hà",
            "Trung tâm Khuyến nông tỉnh",
            "Bà con hái chè trên đồi vào buổi sáng sớm",
            "Ảnh minh hoạ: dải màu xanh lá với hai hình tròn",
            1,
            (40, 120, 40),
            (170, 210, 90)),
        new(
            "Lễ hội đường phố thu hút hàng nghìn du khách",
            "Lễ hội năm nay có sự tham gia của hơn hai mươi đội nghệ thuật quần chúng đến từ các huyện, thành phố.",
            """
            Tối qua, tuyến phố đi bộ trung tâm chật kín người dân và du khách đến xem lễ hội.

            ^^^
            ![](figure:1)
            ^^^ Đội múa lân biểu diễn trên tuyến phố đi bộ

            Các tiết mục hát then, múa xòe và diễu hành trang phục truyền thống được khán giả cổ vũ nhiệt tình.

            Ban tổ chức cho biết lễ hội sẽ kéo dài đến hết cuối tuần.
            """,
            "Quang Huy",
            null,
            "Đội múa lân biểu diễn trên tuyến phố đi bộ",
            "Ảnh minh hoạ: dải màu cam đỏ với hai hình tròn",
            2,
            (190, 60, 40),
            (250, 180, 60)),
        new(
            "Diễn tập phòng chống thiên tai tại các xã ven sông",
            "Buổi diễn tập giúp lực lượng tại chỗ thành thạo phương án sơ tán người dân khi có lũ.",
            """
            Hơn ba trăm cán bộ, chiến sĩ và người dân đã tham gia buổi diễn tập phòng chống thiên tai.

            ^^^
            ![](figure:1)
            ^^^ Lực lượng cứu hộ đưa người dân lên thuyền trong buổi diễn tập

            Tình huống giả định là mưa lớn kéo dài làm nước sông dâng cao, chia cắt nhiều khu dân cư.

            Sau buổi diễn tập, các đơn vị đã rút kinh nghiệm và bổ sung phương án cho mùa mưa bão.
            """,
            "Đức Tâm",
            null,
            "Lực lượng cứu hộ đưa người dân lên thuyền trong buổi diễn tập",
            "Ảnh minh hoạ: dải màu xám xanh với hai hình tròn",
            3,
            (50, 60, 90),
            (130, 150, 170)),
    ];

    internal sealed record DemoArticle(
        string Title,
        string Lead,
        string Body,
        string Byline,
        string? Source,
        string Caption,
        string Alt,
        int CategoryIndex,
        (double R, double G, double B) From,
        (double R, double G, double B) To);
}
