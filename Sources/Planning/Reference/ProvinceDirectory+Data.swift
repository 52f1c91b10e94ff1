// Generated once from provinces_34_2025.csv and provinces_63_pre2025.csv; edit with care.

extension ProvinceDirectory {
    /// The 34 provincial units in force since 1 July 2025, in the order of their codes.
    ///
    /// Each unit lists the pre-2025 provinces it was formed from, in the order of the reference list.
    public static let all: [Province] = [
        Province(
            code: .y2025("01"),
            name: "Hà Nội",
            fullName: "Thành phố Hà Nội",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("01"),
                    name: "Hà Nội",
                    asciiName: "Ha Noi",
                    kind: .city,
                    successorCode: .y2025("01"),
                    districtLevelUnits: 30
                )
            ],
            merged: false,
            administrativeSeat: "Hà Nội",
            communeLevelUnits: 126
        ),
        Province(
            code: .y2025("04"),
            name: "Cao Bằng",
            fullName: "Tỉnh Cao Bằng",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("04"),
                    name: "Cao Bằng",
                    asciiName: "Cao Bang",
                    kind: .province,
                    successorCode: .y2025("04"),
                    districtLevelUnits: 10
                )
            ],
            merged: false,
            administrativeSeat: "Cao Bằng",
            communeLevelUnits: 56
        ),
        Province(
            code: .y2025("08"),
            name: "Tuyên Quang",
            fullName: "Tỉnh Tuyên Quang",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("02"),
                    name: "Hà Giang",
                    asciiName: "Ha Giang",
                    kind: .province,
                    successorCode: .y2025("08"),
                    districtLevelUnits: 11
                ),
                FormerProvince(
                    code: .pre2025("08"),
                    name: "Tuyên Quang",
                    asciiName: "Tuyen Quang",
                    kind: .province,
                    successorCode: .y2025("08"),
                    districtLevelUnits: 7
                ),
            ],
            merged: true,
            administrativeSeat: "Tuyên Quang",
            communeLevelUnits: 124
        ),
        Province(
            code: .y2025("11"),
            name: "Điện Biên",
            fullName: "Tỉnh Điện Biên",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("11"),
                    name: "Điện Biên",
                    asciiName: "Dien Bien",
                    kind: .province,
                    successorCode: .y2025("11"),
                    districtLevelUnits: 10
                )
            ],
            merged: false,
            administrativeSeat: "Điện Biên",
            communeLevelUnits: 45
        ),
        Province(
            code: .y2025("12"),
            name: "Lai Châu",
            fullName: "Tỉnh Lai Châu",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("12"),
                    name: "Lai Châu",
                    asciiName: "Lai Chau",
                    kind: .province,
                    successorCode: .y2025("12"),
                    districtLevelUnits: 8
                )
            ],
            merged: false,
            administrativeSeat: "Lai Châu",
            communeLevelUnits: 38
        ),
        Province(
            code: .y2025("14"),
            name: "Sơn La",
            fullName: "Tỉnh Sơn La",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("14"),
                    name: "Sơn La",
                    asciiName: "Son La",
                    kind: .province,
                    successorCode: .y2025("14"),
                    districtLevelUnits: 12
                )
            ],
            merged: false,
            administrativeSeat: "Sơn La",
            communeLevelUnits: 75
        ),
        Province(
            code: .y2025("15"),
            name: "Lào Cai",
            fullName: "Tỉnh Lào Cai",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("10"),
                    name: "Lào Cai",
                    asciiName: "Lao Cai",
                    kind: .province,
                    successorCode: .y2025("15"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("15"),
                    name: "Yên Bái",
                    asciiName: "Yen Bai",
                    kind: .province,
                    successorCode: .y2025("15"),
                    districtLevelUnits: 9
                ),
            ],
            merged: true,
            administrativeSeat: "Yên Bái",
            communeLevelUnits: 99
        ),
        Province(
            code: .y2025("19"),
            name: "Thái Nguyên",
            fullName: "Tỉnh Thái Nguyên",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("06"),
                    name: "Bắc Kạn",
                    asciiName: "Bac Kan",
                    kind: .province,
                    successorCode: .y2025("19"),
                    districtLevelUnits: 8
                ),
                FormerProvince(
                    code: .pre2025("19"),
                    name: "Thái Nguyên",
                    asciiName: "Thai Nguyen",
                    kind: .province,
                    successorCode: .y2025("19"),
                    districtLevelUnits: 9
                ),
            ],
            merged: true,
            administrativeSeat: "Thái Nguyên",
            communeLevelUnits: 92
        ),
        Province(
            code: .y2025("20"),
            name: "Lạng Sơn",
            fullName: "Tỉnh Lạng Sơn",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("20"),
                    name: "Lạng Sơn",
                    asciiName: "Lang Son",
                    kind: .province,
                    successorCode: .y2025("20"),
                    districtLevelUnits: 11
                )
            ],
            merged: false,
            administrativeSeat: "Lạng Sơn",
            communeLevelUnits: 65
        ),
        Province(
            code: .y2025("22"),
            name: "Quảng Ninh",
            fullName: "Tỉnh Quảng Ninh",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("22"),
                    name: "Quảng Ninh",
                    asciiName: "Quang Ninh",
                    kind: .province,
                    successorCode: .y2025("22"),
                    districtLevelUnits: 13
                )
            ],
            merged: false,
            administrativeSeat: "Quảng Ninh",
            communeLevelUnits: 54
        ),
        Province(
            code: .y2025("24"),
            name: "Bắc Ninh",
            fullName: "Tỉnh Bắc Ninh",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("24"),
                    name: "Bắc Giang",
                    asciiName: "Bac Giang",
                    kind: .province,
                    successorCode: .y2025("24"),
                    districtLevelUnits: 10
                ),
                FormerProvince(
                    code: .pre2025("27"),
                    name: "Bắc Ninh",
                    asciiName: "Bac Ninh",
                    kind: .province,
                    successorCode: .y2025("24"),
                    districtLevelUnits: 8
                ),
            ],
            merged: true,
            administrativeSeat: "Bắc Giang",
            communeLevelUnits: 99
        ),
        Province(
            code: .y2025("25"),
            name: "Phú Thọ",
            fullName: "Tỉnh Phú Thọ",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("17"),
                    name: "Hoà Bình",
                    asciiName: "Hoa Binh",
                    kind: .province,
                    successorCode: .y2025("25"),
                    districtLevelUnits: 10
                ),
                FormerProvince(
                    code: .pre2025("25"),
                    name: "Phú Thọ",
                    asciiName: "Phu Tho",
                    kind: .province,
                    successorCode: .y2025("25"),
                    districtLevelUnits: 13
                ),
                FormerProvince(
                    code: .pre2025("26"),
                    name: "Vĩnh Phúc",
                    asciiName: "Vinh Phuc",
                    kind: .province,
                    successorCode: .y2025("25"),
                    districtLevelUnits: 9
                ),
            ],
            merged: true,
            administrativeSeat: "Phú Thọ",
            communeLevelUnits: 148
        ),
        Province(
            code: .y2025("31"),
            name: "Hải Phòng",
            fullName: "Thành phố Hải Phòng",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("30"),
                    name: "Hải Dương",
                    asciiName: "Hai Duong",
                    kind: .province,
                    successorCode: .y2025("31"),
                    districtLevelUnits: 12
                ),
                FormerProvince(
                    code: .pre2025("31"),
                    name: "Hải Phòng",
                    asciiName: "Hai Phong",
                    kind: .city,
                    successorCode: .y2025("31"),
                    districtLevelUnits: 15
                ),
            ],
            merged: true,
            administrativeSeat: "Hải Phòng",
            communeLevelUnits: 114
        ),
        Province(
            code: .y2025("33"),
            name: "Hưng Yên",
            fullName: "Tỉnh Hưng Yên",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("33"),
                    name: "Hưng Yên",
                    asciiName: "Hung Yen",
                    kind: .province,
                    successorCode: .y2025("33"),
                    districtLevelUnits: 10
                ),
                FormerProvince(
                    code: .pre2025("34"),
                    name: "Thái Bình",
                    asciiName: "Thai Binh",
                    kind: .province,
                    successorCode: .y2025("33"),
                    districtLevelUnits: 8
                ),
            ],
            merged: true,
            administrativeSeat: "Hưng Yên",
            communeLevelUnits: 104
        ),
        Province(
            code: .y2025("37"),
            name: "Ninh Bình",
            fullName: "Tỉnh Ninh Bình",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("35"),
                    name: "Hà Nam",
                    asciiName: "Ha Nam",
                    kind: .province,
                    successorCode: .y2025("37"),
                    districtLevelUnits: 6
                ),
                FormerProvince(
                    code: .pre2025("36"),
                    name: "Nam Định",
                    asciiName: "Nam Dinh",
                    kind: .province,
                    successorCode: .y2025("37"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("37"),
                    name: "Ninh Bình",
                    asciiName: "Ninh Binh",
                    kind: .province,
                    successorCode: .y2025("37"),
                    districtLevelUnits: 7
                ),
            ],
            merged: true,
            administrativeSeat: "Ninh Bình",
            communeLevelUnits: 129
        ),
        Province(
            code: .y2025("38"),
            name: "Thanh Hóa",
            fullName: "Tỉnh Thanh Hóa",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("38"),
                    name: "Thanh Hóa",
                    asciiName: "Thanh Hoa",
                    kind: .province,
                    successorCode: .y2025("38"),
                    districtLevelUnits: 26
                )
            ],
            merged: false,
            administrativeSeat: "Thanh Hóa",
            communeLevelUnits: 166
        ),
        Province(
            code: .y2025("40"),
            name: "Nghệ An",
            fullName: "Tỉnh Nghệ An",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("40"),
                    name: "Nghệ An",
                    asciiName: "Nghe An",
                    kind: .province,
                    successorCode: .y2025("40"),
                    districtLevelUnits: 20
                )
            ],
            merged: false,
            administrativeSeat: "Nghệ An",
            communeLevelUnits: 130
        ),
        Province(
            code: .y2025("42"),
            name: "Hà Tĩnh",
            fullName: "Tỉnh Hà Tĩnh",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("42"),
                    name: "Hà Tĩnh",
                    asciiName: "Ha Tinh",
                    kind: .province,
                    successorCode: .y2025("42"),
                    districtLevelUnits: 12
                )
            ],
            merged: false,
            administrativeSeat: "Hà Tĩnh",
            communeLevelUnits: 69
        ),
        Province(
            code: .y2025("44"),
            name: "Quảng Trị",
            fullName: "Tỉnh Quảng Trị",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("44"),
                    name: "Quảng Bình",
                    asciiName: "Quang Binh",
                    kind: .province,
                    successorCode: .y2025("44"),
                    districtLevelUnits: 8
                ),
                FormerProvince(
                    code: .pre2025("45"),
                    name: "Quảng Trị",
                    asciiName: "Quang Tri",
                    kind: .province,
                    successorCode: .y2025("44"),
                    districtLevelUnits: 10
                ),
            ],
            merged: true,
            administrativeSeat: "Quảng Bình",
            communeLevelUnits: 78
        ),
        Province(
            code: .y2025("46"),
            name: "Huế",
            fullName: "Thành phố Huế",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("46"),
                    name: "Huế",
                    asciiName: "Hue",
                    kind: .city,
                    successorCode: .y2025("46"),
                    districtLevelUnits: 9
                )
            ],
            merged: false,
            administrativeSeat: "Huế",
            communeLevelUnits: 40
        ),
        Province(
            code: .y2025("48"),
            name: "Đà Nẵng",
            fullName: "Thành phố Đà Nẵng",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("48"),
                    name: "Đà Nẵng",
                    asciiName: "Da Nang",
                    kind: .city,
                    successorCode: .y2025("48"),
                    districtLevelUnits: 8
                ),
                FormerProvince(
                    code: .pre2025("49"),
                    name: "Quảng Nam",
                    asciiName: "Quang Nam",
                    kind: .province,
                    successorCode: .y2025("48"),
                    districtLevelUnits: 17
                ),
            ],
            merged: true,
            administrativeSeat: "Đà Nẵng",
            communeLevelUnits: 94
        ),
        Province(
            code: .y2025("51"),
            name: "Quảng Ngãi",
            fullName: "Tỉnh Quảng Ngãi",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("51"),
                    name: "Quảng Ngãi",
                    asciiName: "Quang Ngai",
                    kind: .province,
                    successorCode: .y2025("51"),
                    districtLevelUnits: 13
                ),
                FormerProvince(
                    code: .pre2025("62"),
                    name: "Kon Tum",
                    asciiName: "Kon Tum",
                    kind: .province,
                    successorCode: .y2025("51"),
                    districtLevelUnits: 10
                ),
            ],
            merged: true,
            administrativeSeat: "Quảng Ngãi",
            communeLevelUnits: 96
        ),
        Province(
            code: .y2025("52"),
            name: "Gia Lai",
            fullName: "Tỉnh Gia Lai",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("52"),
                    name: "Bình Định",
                    asciiName: "Binh Dinh",
                    kind: .province,
                    successorCode: .y2025("52"),
                    districtLevelUnits: 11
                ),
                FormerProvince(
                    code: .pre2025("64"),
                    name: "Gia Lai",
                    asciiName: "Gia Lai",
                    kind: .province,
                    successorCode: .y2025("52"),
                    districtLevelUnits: 17
                ),
            ],
            merged: true,
            administrativeSeat: "Bình Định",
            communeLevelUnits: 135
        ),
        Province(
            code: .y2025("56"),
            name: "Khánh Hòa",
            fullName: "Tỉnh Khánh Hòa",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("56"),
                    name: "Khánh Hòa",
                    asciiName: "Khanh Hoa",
                    kind: .province,
                    successorCode: .y2025("56"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("58"),
                    name: "Ninh Thuận",
                    asciiName: "Ninh Thuan",
                    kind: .province,
                    successorCode: .y2025("56"),
                    districtLevelUnits: 7
                ),
            ],
            merged: true,
            administrativeSeat: "Khánh Hòa",
            communeLevelUnits: 65
        ),
        Province(
            code: .y2025("66"),
            name: "Đắk Lắk",
            fullName: "Tỉnh Đắk Lắk",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("54"),
                    name: "Phú Yên",
                    asciiName: "Phu Yen",
                    kind: .province,
                    successorCode: .y2025("66"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("66"),
                    name: "Đắk Lắk",
                    asciiName: "Dak Lak",
                    kind: .province,
                    successorCode: .y2025("66"),
                    districtLevelUnits: 15
                ),
            ],
            merged: true,
            administrativeSeat: "Đắk Lắk",
            communeLevelUnits: 102
        ),
        Province(
            code: .y2025("68"),
            name: "Lâm Đồng",
            fullName: "Tỉnh Lâm Đồng",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("60"),
                    name: "Bình Thuận",
                    asciiName: "Binh Thuan",
                    kind: .province,
                    successorCode: .y2025("68"),
                    districtLevelUnits: 10
                ),
                FormerProvince(
                    code: .pre2025("67"),
                    name: "Đắk Nông",
                    asciiName: "Dak Nong",
                    kind: .province,
                    successorCode: .y2025("68"),
                    districtLevelUnits: 8
                ),
                FormerProvince(
                    code: .pre2025("68"),
                    name: "Lâm Đồng",
                    asciiName: "Lam Dong",
                    kind: .province,
                    successorCode: .y2025("68"),
                    districtLevelUnits: 10
                ),
            ],
            merged: true,
            administrativeSeat: "Lâm Đồng",
            communeLevelUnits: 124
        ),
        Province(
            code: .y2025("75"),
            name: "Đồng Nai",
            fullName: "Tỉnh Đồng Nai",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("70"),
                    name: "Bình Phước",
                    asciiName: "Binh Phuoc",
                    kind: .province,
                    successorCode: .y2025("75"),
                    districtLevelUnits: 11
                ),
                FormerProvince(
                    code: .pre2025("75"),
                    name: "Đồng Nai",
                    asciiName: "Dong Nai",
                    kind: .province,
                    successorCode: .y2025("75"),
                    districtLevelUnits: 11
                ),
            ],
            merged: true,
            administrativeSeat: "Đồng Nai",
            communeLevelUnits: 95
        ),
        Province(
            code: .y2025("79"),
            name: "Hồ Chí Minh",
            fullName: "Thành phố Hồ Chí Minh",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("74"),
                    name: "Bình Dương",
                    asciiName: "Binh Duong",
                    kind: .province,
                    successorCode: .y2025("79"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("77"),
                    name: "Bà Rịa - Vũng Tàu",
                    asciiName: "Ba Ria - Vung Tau",
                    kind: .province,
                    successorCode: .y2025("79"),
                    districtLevelUnits: 7
                ),
                FormerProvince(
                    code: .pre2025("79"),
                    name: "Hồ Chí Minh",
                    asciiName: "Ho Chi Minh",
                    kind: .city,
                    successorCode: .y2025("79"),
                    districtLevelUnits: 22
                ),
            ],
            merged: true,
            administrativeSeat: "Hồ Chí Minh",
            communeLevelUnits: 168
        ),
        Province(
            code: .y2025("80"),
            name: "Tây Ninh",
            fullName: "Tỉnh Tây Ninh",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("72"),
                    name: "Tây Ninh",
                    asciiName: "Tay Ninh",
                    kind: .province,
                    successorCode: .y2025("80"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("80"),
                    name: "Long An",
                    asciiName: "Long An",
                    kind: .province,
                    successorCode: .y2025("80"),
                    districtLevelUnits: 15
                ),
            ],
            merged: true,
            administrativeSeat: "Long An",
            communeLevelUnits: 96
        ),
        Province(
            code: .y2025("82"),
            name: "Đồng Tháp",
            fullName: "Tỉnh Đồng Tháp",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("82"),
                    name: "Tiền Giang",
                    asciiName: "Tien Giang",
                    kind: .province,
                    successorCode: .y2025("82"),
                    districtLevelUnits: 11
                ),
                FormerProvince(
                    code: .pre2025("87"),
                    name: "Đồng Tháp",
                    asciiName: "Dong Thap",
                    kind: .province,
                    successorCode: .y2025("82"),
                    districtLevelUnits: 12
                ),
            ],
            merged: true,
            administrativeSeat: "Tiền Giang",
            communeLevelUnits: 102
        ),
        Province(
            code: .y2025("86"),
            name: "Vĩnh Long",
            fullName: "Tỉnh Vĩnh Long",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("83"),
                    name: "Bến Tre",
                    asciiName: "Ben Tre",
                    kind: .province,
                    successorCode: .y2025("86"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("84"),
                    name: "Trà Vinh",
                    asciiName: "Tra Vinh",
                    kind: .province,
                    successorCode: .y2025("86"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("86"),
                    name: "Vĩnh Long",
                    asciiName: "Vinh Long",
                    kind: .province,
                    successorCode: .y2025("86"),
                    districtLevelUnits: 8
                ),
            ],
            merged: true,
            administrativeSeat: "Vĩnh Long",
            communeLevelUnits: 124
        ),
        Province(
            code: .y2025("91"),
            name: "An Giang",
            fullName: "Tỉnh An Giang",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("89"),
                    name: "An Giang",
                    asciiName: "An Giang",
                    kind: .province,
                    successorCode: .y2025("91"),
                    districtLevelUnits: 11
                ),
                FormerProvince(
                    code: .pre2025("91"),
                    name: "Kiên Giang",
                    asciiName: "Kien Giang",
                    kind: .province,
                    successorCode: .y2025("91"),
                    districtLevelUnits: 15
                ),
            ],
            merged: true,
            administrativeSeat: "Kiên Giang",
            communeLevelUnits: 102
        ),
        Province(
            code: .y2025("92"),
            name: "Cần Thơ",
            fullName: "Thành phố Cần Thơ",
            kind: .city,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("92"),
                    name: "Cần Thơ",
                    asciiName: "Can Tho",
                    kind: .city,
                    successorCode: .y2025("92"),
                    districtLevelUnits: 9
                ),
                FormerProvince(
                    code: .pre2025("93"),
                    name: "Hậu Giang",
                    asciiName: "Hau Giang",
                    kind: .province,
                    successorCode: .y2025("92"),
                    districtLevelUnits: 8
                ),
                FormerProvince(
                    code: .pre2025("94"),
                    name: "Sóc Trăng",
                    asciiName: "Soc Trang",
                    kind: .province,
                    successorCode: .y2025("92"),
                    districtLevelUnits: 11
                ),
            ],
            merged: true,
            administrativeSeat: "Cần Thơ",
            communeLevelUnits: 103
        ),
        Province(
            code: .y2025("96"),
            name: "Cà Mau",
            fullName: "Tỉnh Cà Mau",
            kind: .province,
            formerProvinces: [
                FormerProvince(
                    code: .pre2025("95"),
                    name: "Bạc Liêu",
                    asciiName: "Bac Lieu",
                    kind: .province,
                    successorCode: .y2025("96"),
                    districtLevelUnits: 7
                ),
                FormerProvince(
                    code: .pre2025("96"),
                    name: "Cà Mau",
                    asciiName: "Ca Mau",
                    kind: .province,
                    successorCode: .y2025("96"),
                    districtLevelUnits: 9
                ),
            ],
            merged: true,
            administrativeSeat: "Cà Mau",
            communeLevelUnits: 64
        ),
    ]
}
