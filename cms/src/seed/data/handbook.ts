type DemoHandbookEntry = {
  question: string
  answer: string
  tags: string[]
  procedures?: string[]
  /** Locality code; none means national. */
  locality?: string
}

/** Cẩm nang: questions citizens ask the OA chatbot most, answered in plain Vietnamese. */
export const DEMO_HANDBOOK: DemoHandbookEntry[] = [
  {
    question: 'Làm căn cước gắn chíp lần đầu cần mang theo giấy tờ gì?',
    answer:
      'Nếu thông tin của bạn đã có trong Cơ sở dữ liệu quốc gia về dân cư thì không cần mang giấy tờ. Bạn đến Công an cấp xã hoặc Công an tỉnh để thu nhận ảnh, vân tay và mống mắt. Cấp lần đầu được miễn lệ phí.',
    tags: ['căn cước', 'giấy tờ'],
    procedures: ['1.011690'],
  },
  {
    question: 'Trẻ em dưới 14 tuổi có phải làm căn cước không?',
    answer:
      'Không bắt buộc. Cha, mẹ hoặc người giám hộ có thể đề nghị cấp căn cước cho trẻ dưới 14 tuổi; trẻ dưới 6 tuổi không phải thu nhận sinh trắc học.',
    tags: ['căn cước', 'trẻ em'],
    procedures: ['1.011690'],
  },
  {
    question: 'Thẻ căn cước công dân cũ còn hạn có phải đổi sang thẻ căn cước mới không?',
    answer:
      'Không. Thẻ căn cước công dân còn thời hạn vẫn được sử dụng đến hết thời hạn in trên thẻ. Bạn chỉ đổi khi thẻ hết hạn, hư hỏng hoặc thay đổi thông tin.',
    tags: ['căn cước', 'cấp đổi'],
    procedures: ['1.011691'],
  },
  {
    question: 'Mất thẻ căn cước thì làm lại ở đâu, mất bao nhiêu tiền?',
    answer:
      'Bạn đến Công an cấp xã nơi cư trú hoặc nộp trực tuyến trên Cổng dịch vụ công để cấp lại. Lệ phí cấp lại là 50.000 đồng, nộp trực tuyến được giảm theo quy định.',
    tags: ['căn cước', 'cấp lại'],
    procedures: ['1.011691'],
  },
  {
    question: 'Đăng ký tạm trú online trên VNeID như thế nào?',
    answer:
      'Đăng nhập VNeID bằng tài khoản định danh mức 2, chọn Thủ tục hành chính, chọn Khai báo tạm trú, điền thông tin chỗ ở và tải ảnh giấy tờ chứng minh chỗ ở hợp pháp. Kết quả được thông báo qua ứng dụng.',
    tags: ['tạm trú', 'VNeID', 'trực tuyến'],
    procedures: ['1.004222'],
  },
  {
    question: 'Thuê trọ bao lâu thì phải đăng ký tạm trú?',
    answer:
      'Công dân đến sinh sống tại chỗ ở hợp pháp ngoài xã, phường nơi thường trú từ 30 ngày trở lên phải đăng ký tạm trú. Không đăng ký có thể bị phạt theo Nghị định 282/2025/NĐ-CP.',
    tags: ['tạm trú', 'nhà trọ'],
    procedures: ['1.004222'],
  },
  {
    question: 'Chủ nhà trọ có phải khai báo lưu trú cho người thuê không?',
    answer:
      'Có. Chủ cơ sở lưu trú phải thông báo lưu trú cho Công an cấp xã trước 23 giờ cùng ngày khách đến; có thể thông báo qua VNeID, điện thoại hoặc trực tiếp.',
    tags: ['lưu trú', 'nhà trọ'],
    procedures: ['1.004206'],
  },
  {
    question: 'Nhập hộ khẩu cho con mới sinh làm thế nào?',
    answer:
      'Sau khi đăng ký khai sinh, bạn làm thủ tục đăng ký thường trú cho con tại nơi thường trú của cha hoặc mẹ. Có thể làm liên thông khai sinh, thường trú trên Cổng dịch vụ công hoặc VNeID.',
    tags: ['thường trú', 'khai sinh'],
    procedures: ['1.004194'],
  },
  {
    question: 'Sổ hộ khẩu giấy bị thu hồi thì chứng minh nơi cư trú bằng gì?',
    answer:
      'Từ năm 2023 sổ hộ khẩu không còn giá trị. Bạn dùng thẻ căn cước, tài khoản định danh điện tử VNeID hoặc Giấy xác nhận thông tin về cư trú do Công an cấp xã cấp.',
    tags: ['thường trú', 'xác nhận cư trú'],
  },
  {
    question: 'Đăng ký thường trú vào nhà thuê, nhà mượn cần điều kiện gì?',
    answer:
      'Bạn cần được chủ nhà đồng ý bằng văn bản, bảo đảm diện tích tối thiểu theo quy định của địa phương và nộp giấy tờ chứng minh chỗ ở hợp pháp.',
    tags: ['thường trú', 'nhà thuê'],
    procedures: ['1.004194'],
  },
  {
    question: 'Làm hộ chiếu online có cần đến cơ quan công an không?',
    answer:
      'Người đã có căn cước gắn chíp và tài khoản định danh mức 2 có thể nộp hồ sơ cấp hộ chiếu trực tuyến toàn trình, nhận hộ chiếu qua bưu điện.',
    tags: ['hộ chiếu', 'xuất nhập cảnh', 'trực tuyến'],
    procedures: ['2.002272'],
  },
  {
    question: 'Lệ phí làm hộ chiếu phổ thông bao nhiêu?',
    answer: 'Lệ phí cấp hộ chiếu phổ thông là 200.000 đồng; cấp lại do bị mất là 400.000 đồng.',
    tags: ['hộ chiếu', 'lệ phí'],
    procedures: ['2.002272'],
  },
  {
    question: 'Mua xe máy mới thì đăng ký xe ở đâu?',
    answer:
      'Bạn đăng ký xe tại Công an cấp xã nơi cư trú hoặc nộp hồ sơ trực tuyến. Biển số được cấp ngay, chứng nhận đăng ký xe trả trong 2 ngày làm việc.',
    tags: ['đăng ký xe', 'biển số'],
    procedures: ['1.012261'],
  },
  {
    question: 'Bán xe rồi có phải làm thủ tục gì với công an không?',
    answer:
      'Có. Trong 30 ngày kể từ khi làm giấy tờ mua bán, người bán phải khai báo thu hồi chứng nhận đăng ký và biển số xe; nếu không, bạn vẫn chịu trách nhiệm về các vi phạm của chiếc xe.',
    tags: ['đăng ký xe', 'sang tên'],
  },
  {
    question: 'Biển số định danh là gì?',
    answer:
      'Biển số xe được quản lý theo mã định danh của chủ xe. Khi bán xe, bạn giữ lại biển số để đăng ký cho xe khác; biển được giữ trong 5 năm.',
    tags: ['đăng ký xe', 'biển số'],
  },
  {
    question: 'Uống một cốc bia rồi lái xe máy có bị phạt không?',
    answer:
      'Có. Điều khiển xe khi trong máu hoặc hơi thở có nồng độ cồn đều bị xử phạt theo Nghị định 168/2024/NĐ-CP; mức phạt xe máy từ 2 đến 10 triệu đồng và trừ điểm giấy phép lái xe.',
    tags: ['giao thông', 'nồng độ cồn', 'Nghị định 168'],
  },
  {
    question: 'Vượt đèn đỏ bằng xe máy bị phạt bao nhiêu tiền?',
    answer:
      'Theo Nghị định 168/2024/NĐ-CP, người điều khiển xe máy không chấp hành tín hiệu đèn giao thông bị phạt từ 4 đến 6 triệu đồng và trừ 4 điểm.',
    tags: ['giao thông', 'Nghị định 168'],
  },
  {
    question: 'Tra cứu phạt nguội ở đâu?',
    answer:
      'Bạn tra cứu trên Cổng thông tin điện tử Cục Cảnh sát giao thông hoặc ứng dụng VNeID (mục Thông báo phạt nguội). Cảnh giác với tin nhắn giả mạo yêu cầu nộp phạt qua đường link lạ.',
    tags: ['giao thông', 'phạt nguội', 'lừa đảo'],
  },
  {
    question: 'Có người gọi điện tự xưng công an yêu cầu chuyển tiền, tôi phải làm gì?',
    answer:
      'Công an không giải quyết vụ việc qua điện thoại và không yêu cầu chuyển tiền vào tài khoản nào. Hãy dừng cuộc gọi, không cung cấp mã OTP và gọi 113 hoặc Công an xã, phường nơi cư trú để xác minh.',
    tags: ['lừa đảo', 'giả danh công an'],
  },
  {
    question: 'Làm sao biết tài khoản Zalo có phải của công an thật?',
    answer:
      'Tài khoản Zalo OA chính thức có dấu tích xác thực và có trong danh sách kênh chính thức. Dán đường link vào chức năng Kiểm tra kênh chính thức của ứng dụng để xác minh.',
    tags: ['lừa đảo', 'Zalo', 'kênh chính thức'],
  },
  {
    question: 'Bị lừa chuyển tiền qua mạng thì trình báo ở đâu?',
    answer:
      'Bạn trình báo ngay với Công an xã, phường nơi cư trú hoặc gửi tin báo qua ứng dụng, kèm sao kê giao dịch, ảnh chụp tin nhắn. Đồng thời gọi ngân hàng để yêu cầu phong tỏa giao dịch.',
    tags: ['lừa đảo', 'tố giác'],
  },
  {
    question: 'Có được tố giác tội phạm mà không cần nêu tên không?',
    answer:
      'Có. Bạn có thể gửi tin báo ẩn danh; cơ quan công an vẫn tiếp nhận và xác minh. Thông tin người tố giác được giữ bí mật.',
    tags: ['tố giác', 'ẩn danh'],
  },
  {
    question: 'Kích hoạt tài khoản định danh điện tử mức 2 ở đâu?',
    answer:
      'Bạn đến Công an cấp xã, mang theo thẻ căn cước và điện thoại có số thuê bao chính chủ để đăng ký; sau khi được duyệt, kích hoạt trên ứng dụng VNeID.',
    tags: ['VNeID', 'định danh điện tử'],
  },
  {
    question: 'Quên mật khẩu VNeID phải làm sao?',
    answer:
      'Trên màn hình đăng nhập VNeID chọn Quên mật khẩu, nhập số định danh cá nhân và số điện thoại đã đăng ký để nhận mã OTP đặt lại mật khẩu.',
    tags: ['VNeID'],
  },
  {
    question: 'Nhà ở kết hợp kinh doanh cần trang bị gì về phòng cháy chữa cháy?',
    answer:
      'Cần có bình chữa cháy, lối thoát nạn thứ hai hoặc thang dây, không để xe và hàng hóa chắn lối thoát; điện sinh hoạt và điện kinh doanh nên tách riêng.',
    tags: ['PCCC', 'nhà ở'],
  },
  {
    question: 'Công trình nào phải thẩm định thiết kế phòng cháy chữa cháy?',
    answer:
      'Các dự án, công trình thuộc danh mục của Nghị định về phòng cháy, chữa cháy và cứu nạn, cứu hộ phải được cơ quan Cảnh sát PCCC thẩm định thiết kế trước khi thi công.',
    tags: ['PCCC', 'thẩm định'],
    procedures: ['1.009892'],
  },
  {
    question: 'Số điện thoại báo cháy là số nào?',
    answer: 'Gọi 114 (miễn phí) để báo cháy, cứu nạn, cứu hộ. Gọi 113 khi cần Cảnh sát phản ứng nhanh.',
    tags: ['PCCC', 'đường dây nóng'],
  },
  {
    question: 'Người dân tỉnh Thái Bình cũ làm thủ tục ở đâu sau khi sáp nhập?',
    answer:
      'Từ ngày 01/7/2025 tỉnh Thái Bình hợp nhất vào tỉnh Hưng Yên. Người dân tiếp tục làm thủ tục tại Công an xã, phường nơi cư trú; giấy tờ đã cấp vẫn còn giá trị.',
    tags: ['sáp nhập', 'Thái Bình'],
    locality: '33',
  },
  {
    question: 'Địa chỉ trên căn cước ghi tên xã cũ có phải đổi không?',
    answer:
      'Không bắt buộc. Giấy tờ có địa danh trước sắp xếp đơn vị hành chính vẫn có giá trị sử dụng đến hết thời hạn.',
    tags: ['sáp nhập', 'căn cước'],
  },
  {
    question: 'Công an phường Ba Đình tiếp công dân vào giờ nào?',
    answer:
      'Sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ các ngày làm việc; sáng thứ Bảy tiếp nhận hồ sơ cư trú.',
    tags: ['giờ làm việc'],
    locality: '00004',
  },
  {
    question: 'Ở Cao Bằng đăng ký tạm trú có được miễn lệ phí không?',
    answer:
      'Người thuộc hộ nghèo, đồng bào dân tộc thiểu số ở xã đặc biệt khó khăn được miễn lệ phí đăng ký cư trú theo quy định của Hội đồng nhân dân tỉnh Cao Bằng.',
    tags: ['tạm trú', 'lệ phí'],
    procedures: ['1.004222'],
    locality: '04',
  },
  {
    question: 'Người nước ngoài ở nhà dân tại Hà Nội thì khai báo tạm trú thế nào?',
    answer:
      'Chủ nhà khai báo tạm trú cho người nước ngoài qua Trang thông tin điện tử về xuất nhập cảnh hoặc tại Công an phường, xã trong 12 giờ (24 giờ ở vùng sâu, vùng xa) kể từ khi người nước ngoài đến.',
    tags: ['xuất nhập cảnh', 'tạm trú', 'người nước ngoài'],
    locality: '01',
  },
  {
    question: 'Đi đường gặp tổ tuần tra CSGT thì cần xuất trình giấy tờ gì?',
    answer:
      'Giấy phép lái xe, chứng nhận đăng ký xe, bảo hiểm trách nhiệm dân sự bắt buộc; có thể xuất trình bản điện tử đã tích hợp trên VNeID.',
    tags: ['giao thông', 'VNeID'],
  },
]
