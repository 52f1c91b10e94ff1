// Generated once from emulation_clusters_partial.csv; edit with care.

extension EmulationCluster {
    /// The emulation clusters known from public sources, each with its era; the lists are partial.
    ///
    /// Members are kept as the sources wrote them, with their status: confirmed by a source, or
    /// inferred (for example the two members of a six-province cluster that no source named).
    public static let known: [EmulationCluster] = [
        EmulationCluster(
            name: "Cụm thi đua Tây Nguyên (5 tỉnh)",
            era: "pre-2025 (63 tỉnh)",
            scheme: .pre2025,
            attestedYear: 2019,
            declaredSize: 5,
            members: [
                EmulationCluster.Member(
                    written: "Kon Tum",
                    status: .confirmed,
                    note: "confirmed",
                    sources: [
                        "https://lmhtxdaknong.vn/2019/12/06/bao-cao-thi-dua/",
                        "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/cum-thi-dua-lien-minh-htx-5-tinh-tay-nguyen-tong-ket-cong-tac-thi-dua-nam-2015",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Gia Lai",
                    status: .confirmed,
                    note: "confirmed",
                    sources: [
                        "https://lmhtxdaknong.vn/2019/12/06/bao-cao-thi-dua/",
                        "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/cum-thi-dua-lien-minh-htx-5-tinh-tay-nguyen-tong-ket-cong-tac-thi-dua-nam-2015",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Đắk Lắk",
                    status: .confirmed,
                    note: "confirmed",
                    sources: [
                        "https://lmhtxdaknong.vn/2019/12/06/bao-cao-thi-dua/",
                        "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/cum-thi-dua-lien-minh-htx-5-tinh-tay-nguyen-tong-ket-cong-tac-thi-dua-nam-2015",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Đắk Nông",
                    status: .confirmed,
                    note: "confirmed",
                    sources: [
                        "https://lmhtxdaknong.vn/2019/12/06/bao-cao-thi-dua/",
                        "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/cum-thi-dua-lien-minh-htx-5-tinh-tay-nguyen-tong-ket-cong-tac-thi-dua-nam-2015",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Lâm Đồng",
                    status: .confirmed,
                    note: "confirmed",
                    sources: [
                        "https://lmhtxdaknong.vn/2019/12/06/bao-cao-thi-dua/",
                        "https://kontumtv.vn/tin-tuc/tin-trong-nuoc/cum-thi-dua-lien-minh-htx-5-tinh-tay-nguyen-tong-ket-cong-tac-thi-dua-nam-2015",
                    ]
                ),
            ],
            leaders: []
        ),
        EmulationCluster(
            name: "Cụm thi đua miền Đông Nam Bộ",
            era: "pre-2025 (as of 2024)",
            scheme: .pre2025,
            attestedYear: 2024,
            declaredSize: nil,
            members: [
                EmulationCluster.Member(
                    written: "Bà Rịa - Vũng Tàu",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Tây Ninh",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Đồng Nai",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Bình Dương",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Bình Phước",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Bình Thuận",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Hồ Chí Minh",
                    status: .confirmed,
                    note: "confirmed (attendee list of 2024 cluster conference)",
                    sources: [
                        "http://www.lmhtx.hochiminhcity.gov.vn/web/guest/lien-minh-htx-tphcm (article 504824)"
                    ]
                ),
            ],
            leaders: []
        ),
        EmulationCluster(
            name: "Cụm thi đua Tây Nam sông Hậu (6 tỉnh)",
            era: "pre-2025",
            scheme: .pre2025,
            attestedYear: 2018,
            declaredSize: 6,
            members: [
                EmulationCluster.Member(
                    written: "Cà Mau",
                    status: .confirmed,
                    note: "confirmed member",
                    sources: [
                        "http://lienminhhtx.camau.gov.vn/hop-tong-ket-thi-dua-cum-tay-nam-song-hau-nam-2018.77",
                        "...xet-khen-thuong...87",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Bạc Liêu",
                    status: .confirmed,
                    note: "confirmed member",
                    sources: [
                        "http://lienminhhtx.camau.gov.vn/hop-tong-ket-thi-dua-cum-tay-nam-song-hau-nam-2018.77",
                        "...xet-khen-thuong...87",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Kiên Giang",
                    status: .confirmed,
                    note: "confirmed member",
                    sources: [
                        "http://lienminhhtx.camau.gov.vn/hop-tong-ket-thi-dua-cum-tay-nam-song-hau-nam-2018.77",
                        "...xet-khen-thuong...87",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Hậu Giang",
                    status: .confirmed,
                    note: "confirmed member",
                    sources: [
                        "http://lienminhhtx.camau.gov.vn/hop-tong-ket-thi-dua-cum-tay-nam-song-hau-nam-2018.77",
                        "...xet-khen-thuong...87",
                    ]
                ),
                EmulationCluster.Member(
                    written: "Cần Thơ",
                    status: .inferred,
                    note: "INFERRED (cluster has 6 provinces; these two not named in sources found)",
                    sources: []
                ),
                EmulationCluster.Member(
                    written: "Sóc Trăng",
                    status: .inferred,
                    note: "INFERRED (cluster has 6 provinces; these two not named in sources found)",
                    sources: []
                ),
            ],
            leaders: []
        ),
        EmulationCluster(
            name: "Cụm thi đua số 1 - các tỉnh miền núi phía Bắc (8 tỉnh)",
            era: "post-2025 (34 tỉnh), 2025",
            scheme: .y2025,
            attestedYear: 2025,
            declaredSize: 8,
            members: [
                EmulationCluster.Member(
                    written: "Lai Châu",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Sơn La",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Phú Thọ",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Lào Cai",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Cao Bằng",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Điện Biên",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Tuyên Quang",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
                EmulationCluster.Member(
                    written: "Lạng Sơn",
                    status: .confirmed,
                    note: "confirmed; cụm trưởng 2025 = Lai Châu",
                    sources: [
                        "https://trangtraiviet.danviet.vn/lien-minh-hop-tac-xa-8-tinh-mien-nui-phia-bac-tiep-tuc-khang-dinh-vai-tro-nong-cot-trong-phat-trien-kinh-te-tap-the-d1379031.html"
                    ]
                ),
            ],
            leaders: [
                EmulationCluster.Leadership(year: 2025, written: "Lai Châu")
            ]
        ),
    ]
}
